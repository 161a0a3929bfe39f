package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/** What {@code Context.eval} runs: the parsed module's code, in the context's {@code __main__}. */
public final class EvalRootNode extends PyRootNode {
    @Child private DirectCallNode module;

    public EvalRootNode(TesseraLanguage language, RootCallTarget module) {
        super(language, null, "<eval>", null);
        this.module = DirectCallNode.create(module);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return module.call(TesseraContext.get(this).getMainModule());
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
