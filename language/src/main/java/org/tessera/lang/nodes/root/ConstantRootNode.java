package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A root that returns one value: how {@code Context.eval} hands out internal objects. */
public final class ConstantRootNode extends PyRootNode {
    private final Object value;

    public ConstantRootNode(TesseraLanguage language, Object value) {
        super(language, null, "<constant>", null);
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
