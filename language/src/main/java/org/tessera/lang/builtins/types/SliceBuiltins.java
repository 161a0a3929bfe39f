package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PySlice;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.Sequences;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code slice}: construction and {@code indices}. */
public final class SliceBuiltins {
    private SliceBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static PySlice create(@SuppressWarnings("unused") PyType cls, PyTuple args) {
            switch (args.size()) {
                case 1:
                    return new PySlice(PyNone.NONE, args.get(0), PyNone.NONE);
                case 2:
                    return new PySlice(args.get(0), args.get(1), PyNone.NONE);
                case 3:
                    return new PySlice(args.get(0), args.get(1), args.get(2));
                default:
                    throw PyErrors.typeError(null, args.size() == 0 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got %d", args.size());
            }
        }
    }

    @Builtin(name = "indices", params = {"self", "length", "/"})
    @GenerateNodeFactory
    public abstract static class IndicesNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyTuple indices(PySlice self, Object length) {
            long n = Numbers.asIndex(length);
            if (n < 0) {
                throw PyErrors.valueError(null, "length should not be negative");
            }
            Sequences.SliceBounds b = Sequences.slice(self, (int) Math.min(Integer.MAX_VALUE, n));
            return PyTuple.of((long) b.start(), (long) b.stop(), (long) b.step());
        }
    }
}
