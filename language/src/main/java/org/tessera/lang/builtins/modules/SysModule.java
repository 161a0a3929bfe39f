package org.tessera.lang.builtins.modules;

import java.util.HashMap;
import java.util.Map;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.BuiltinRegistry;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.builtins.functions.SystemExitFactory;
import org.tessera.lang.runtime.IntFormat;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBuiltinFunction;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The {@code sys} module. */
public final class SysModule {
    private SysModule() {
    }

    /** Makes the sys module of a context; its members are created on first lookup. */
    @TruffleBoundary
    public static PyModule create(TesseraContext context, BuiltinRegistry registry) {
        Map<String, PyBuiltinFunction> functions = new HashMap<>();
        for (NodeFactory<? extends PyBuiltinNode> factory : SysModuleFactory.getFactories()) {
            PyBuiltinFunction f = registry.makeFunction(factory, null);
            functions.put(f.getName(), f);
        }
        return new PyModule("sys", name -> {
            PyBuiltinFunction f = functions.get(name);
            return f != null ? f : value(context, name);
        });
    }

    private static Object value(TesseraContext context, String name) {
        switch (name) {
            case "__name__":
                return "sys";
            case "argv":
                String[] args = context.getEnv().getApplicationArguments().clone();
                if (args.length > 0 && context.getArgv0() != null) {
                    args[0] = context.getArgv0();
                }
                return new PyList(args.length == 0 ? new Object[]{""} : args);
            case "maxsize":
                return Long.MAX_VALUE;
            case "version":
                return TesseraLanguage.PYTHON_VERSION + " (Tessera " + TesseraLanguage.VERSION + " on GraalVM Truffle)";
            case "version_info":
                String[] parts = TesseraLanguage.PYTHON_VERSION.split("\\.");
                return PyTuple.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), "final", 0L);
            case "platform":
                return "linux";
            case "byteorder":
                return "little";
            case "executable":
                return "tessera";
            case "stdout":
                return context.getStdout();
            case "stderr":
                return context.getStderr();
            case "__stdout__":
                return context.getStdout();
            case "__stderr__":
                return context.getStderr();
            case "path":
                return new PyList();
            default:
                return null;
        }
    }

    @Builtin(name = "exit", params = {"status?", "/"})
    @GenerateNodeFactory
    public abstract static class ExitNode extends PyBuiltinNode {
        @Specialization
        protected static Object exit(Object status) {
            throw SystemExitFactory.systemExit(status);
        }
    }

    @Builtin(name = "getrecursionlimit")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends PyBuiltinNode {
        @Specialization
        protected long getrecursionlimit() {
            return TesseraContext.get(this).getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", params = {"limit", "/"})
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends PyBuiltinNode {
        @Specialization
        protected Object setrecursionlimit(Object limit) {
            if (limit instanceof Double) {
                throw PyErrors.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            long n = Numbers.asIndex(limit);
            if (n < 1) {
                throw PyErrors.valueError(null, "recursion limit must be greater or equal than 1");
            }
            TesseraContext context = TesseraContext.get(this);
            if (n <= context.getDepth()) {
                throw PyErrors.format(null, org.tessera.lang.runtime.exception.ErrorType.RecursionError,
                                "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, context.getDepth());
            }
            context.setRecursionLimit((int) Math.min(Integer.MAX_VALUE, n));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "get_int_max_str_digits")
    @GenerateNodeFactory
    public abstract static class GetIntMaxStrDigitsNode extends PyBuiltinNode {
        @Specialization
        protected static long get() {
            return IntFormat.getMaxStrDigits();
        }
    }

    @Builtin(name = "set_int_max_str_digits", params = {"maxdigits"})
    @GenerateNodeFactory
    public abstract static class SetIntMaxStrDigitsNode extends PyBuiltinNode {
        @Specialization
        protected static Object set(Object maxdigits) {
            long n = Numbers.asIndex(maxdigits);
            if (n != 0 && n < 640) {
                throw PyErrors.valueError(null, "maxdigits must be 0 or larger than 640");
            }
            IntFormat.setMaxStrDigits((int) n);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "exc_info")
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends PyBuiltinNode {
        @Specialization
        protected PyTuple excInfo() {
            PyException handled = TesseraContext.get(this).getHandledException();
            if (handled == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(handled.getPythonException().getPyType(), handled.getPythonException(), PyNone.NONE);
        }
    }

    @Builtin(name = "intern", params = {"string", "/"})
    @GenerateNodeFactory
    public abstract static class InternNode extends PyBuiltinNode {
        @Specialization
        protected static Object intern(String string) {
            return string;
        }
    }
}
