package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;

import com.oracle.truffle.api.dsl.Specialization;

/** An operator with no fast path of its own (such as {@code @}). */
public abstract class GenericBinaryNode extends PyBinaryNode {
    protected GenericBinaryNode(BinaryOp op, boolean inplace) {
        super(op, inplace);
    }

    @Specialization
    protected Object binaryGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
