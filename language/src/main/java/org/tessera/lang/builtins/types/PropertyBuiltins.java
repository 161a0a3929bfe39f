package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyProperty;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code property} methods used as decorators: {@code @x.setter}, {@code @x.getter}, {@code @x.deleter}. */
public final class PropertyBuiltins {
    private PropertyBuiltins() {
    }

    @Builtin(name = "getter", params = {"self", "fget", "/"})
    @GenerateNodeFactory
    public abstract static class GetterNode extends PyBuiltinNode {
        @Specialization
        protected static Object getter(PyProperty self, Object fget) {
            return new PyProperty(fget, self.getSetter(), self.getDeleter(), self.getDoc());
        }
    }

    @Builtin(name = "setter", params = {"self", "fset", "/"})
    @GenerateNodeFactory
    public abstract static class SetterNode extends PyBuiltinNode {
        @Specialization
        protected static Object setter(PyProperty self, Object fset) {
            return new PyProperty(self.getGetter(), fset, self.getDeleter(), self.getDoc());
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel", "/"})
    @GenerateNodeFactory
    public abstract static class DeleterNode extends PyBuiltinNode {
        @Specialization
        protected static Object deleter(PyProperty self, Object fdel) {
            return new PyProperty(self.getGetter(), self.getSetter(), fdel, self.getDoc());
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner?", "/"})
    @GenerateNodeFactory
    public abstract static class GetNode extends PyBuiltinNode {
        @Specialization
        protected static Object get(PyProperty self, Object instance, @SuppressWarnings("unused") Object owner) {
            if (instance == PyNone.NONE) {
                return self;
            }
            return org.tessera.lang.runtime.CallSupport.call(self.getGetter(), instance);
        }
    }
}
