package org.tessera.lang.builtins;

import org.tessera.lang.TesseraTags.BuiltinCallTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyNoValue;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Base of built-in implementations: one child per parameter slot, reading the frame argument,
 * so specializations see the arguments as typed parameters. As the body of a
 * {@link BuiltinRootNode} it is, for tools, one call of a Java builtin ({@code BuiltinCallTag},
 * node object {@code name}), not an expression of the program.
 */
@NodeChild(value = "arguments", type = PyExpressionNode[].class)
public abstract class PyBuiltinNode extends PyExpressionNode {

    public static boolean isNoValue(Object value) {
        return value == PyNoValue.NO_VALUE;
    }

    public static boolean given(Object value) {
        return value != PyNoValue.NO_VALUE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == BuiltinCallTag.class;
    }

    @Override
    public Object getNodeObject() {
        RootNode root = getRootNode();
        return NodeDescriptor.of("name", root == null ? "?" : root.getName());
    }
}
