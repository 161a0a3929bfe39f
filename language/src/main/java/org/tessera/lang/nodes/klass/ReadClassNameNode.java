package org.tessera.lang.nodes.klass;

import org.tessera.lang.TesseraTags.GlobalReadTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.ReadGlobalNode;
import org.tessera.lang.runtime.PyDict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.ReadVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** A name read in a class body: the class namespace first, then globals and builtins. */
public final class ReadClassNameNode extends PyExpressionNode {
    private final int namespaceSlot;
    private final String name;
    @Child private ReadGlobalNode global;

    public ReadClassNameNode(int namespaceSlot, String name) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.global = new ReadGlobalNode(name, false);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = lookup((PyDict) frame.getObject(namespaceSlot));
        return value != null ? value : global.executeGeneric(frame);
    }

    @TruffleBoundary
    private Object lookup(PyDict namespace) {
        return namespace.get(name);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == GlobalReadTag.class || tag == ReadVariableTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.readVariable(name);
    }
}
