package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyIterator;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** What every built-in iterator has: {@code __iter__}, {@code __next__}, {@code __length_hint__}. */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PyBuiltinNode {
        @Specialization
        protected static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PyBuiltinNode {
        @Specialization
        protected static Object next(PyIterator self) {
            Object item = self.next();
            if (item == null) {
                if (self instanceof org.tessera.lang.runtime.PyGenerator generator) {
                    throw org.tessera.lang.runtime.PyGenerator.stopIteration(generator.takeReturnValue());
                }
                throw PyErrors.raise(null, ErrorType.StopIteration, null);
            }
            return item;
        }
    }

    @Builtin(name = "__length_hint__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LengthHintNode extends PyBuiltinNode {
        @Specialization
        protected static long lengthHint(PyIterator self) {
            return Math.max(0, self.lengthHint());
        }
    }
}
