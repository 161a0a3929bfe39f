package org.tessera.lang.builtins;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyNoValue;

import com.oracle.truffle.api.dsl.NodeChild;

/**
 * Base of built-in implementations: one child per parameter slot, reading the frame argument,
 * so specializations see the arguments as typed parameters.
 */
@NodeChild(value = "arguments", type = PyExpressionNode[].class)
public abstract class PyBuiltinNode extends PyExpressionNode {

    public static boolean isNoValue(Object value) {
        return value == PyNoValue.NO_VALUE;
    }

    public static boolean given(Object value) {
        return value != PyNoValue.NO_VALUE;
    }
}
