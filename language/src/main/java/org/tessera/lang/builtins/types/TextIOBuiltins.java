package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyTextIO;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code sys.stdout} and {@code sys.stderr}: write and flush. */
public final class TextIOBuiltins {
    private TextIOBuiltins() {
    }

    @Builtin(name = "write", params = {"self", "text", "/"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PyBuiltinNode {
        @Specialization
        protected static long write(PyTextIO self, Object text) {
            if (!(text instanceof String s)) {
                throw PyErrors.typeError(null, "write() argument must be str, not %s", PyErrors.typeName(text));
            }
            self.write(s);
            return StrOps.length(s);
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PyBuiltinNode {
        @Specialization
        protected static Object flush(PyTextIO self) {
            self.flush();
            return PyNone.NONE;
        }
    }
}
