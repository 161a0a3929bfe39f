package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.CompareOp;
import org.tessera.lang.runtime.CompareOps;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PySingleton;
import org.tessera.lang.runtime.Subscripts;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The special methods of the built-in containers and strings as attributes ({@code list.__len__},
 * {@code dict.__setitem__}, {@code tuple.__repr__}...), so that derived classes can call them
 * through {@code super()} or the class. They apply the built-in behaviour, never an override.
 * The registry installs on each type only the ones that type has in CPython.
 */
public final class SlotBuiltins {
    private SlotBuiltins() {
    }

    static Object compare(Object self, Object other, CompareOp op) {
        int c = CompareOps.builtinCompare(self, other, op);
        if (c == Integer.MIN_VALUE) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return c == CompareOps.UNORDERED ? op == CompareOp.NE : op.test(c);
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object key) {
            return Subscripts.builtinGetItem(self, key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object key, Object value) {
            Subscripts.builtinSetItem(self, key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object key) {
            Subscripts.builtinDeleteItem(self, key);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PyBuiltinNode {
        @Specialization
        protected static long call(Object self) {
            return PyObjects.builtinLen(self);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self) {
            return Iteration.builtinIterator(self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PyBuiltinNode {
        @Specialization
        protected static boolean call(Object self, Object key) {
            return Iteration.builtinContains(self, key);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PyBuiltinNode {
        @Specialization
        protected static String call(Object self) {
            return PyObjects.builtinRepr(self);
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PyBuiltinNode {
        @Specialization
        protected static long call(Object self) {
            return PyObjects.builtinHash(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.NE);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.LT);
        }
    }

    @Builtin(name = "__le__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.LE);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.GT);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return compare(self, other, CompareOp.GE);
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.ADD, self, other);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.MUL, self, other);
        }
    }

    @Builtin(name = "__mod__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.MOD, self, other);
        }
    }

    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.OR, self, other);
        }
    }

    @Builtin(name = "__and__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class AndNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.AND, self, other);
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class SubNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.SUB, self, other);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class XorNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.XOR, self, other);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class RmulNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            return BinaryOps.builtinBinary(BinaryOp.MUL, other, self);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IaddNode extends PyBuiltinNode {
        @Specialization
        protected static Object call(Object self, Object other) {
            if (self instanceof org.tessera.lang.runtime.PyList list) {
                Object[] items = Iteration.toArray(other);
                list.replaceRange(list.size(), list.size(), items);
                return list;
            }
            return PySingleton.NOT_IMPLEMENTED;
        }
    }
}
