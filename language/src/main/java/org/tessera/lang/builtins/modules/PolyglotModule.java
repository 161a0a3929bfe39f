package org.tessera.lang.builtins.modules;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.interop.ForeignErrors;
import org.tessera.lang.runtime.interop.InteropValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.source.Source;

/**
 * {@code polyglot}: code and values of the other languages of the context. {@code eval(language=,
 * string=)} runs code of another language and answers its value; {@code export_value(name, value)}
 * and {@code import_value(name)} share values through the polyglot bindings. Each needs the
 * embedder to allow it ({@code allowPolyglotAccess}); otherwise a PermissionError says so.
 */
public final class PolyglotModule {
    private PolyglotModule() {
    }

    @Builtin(name = "eval", params = {"language", "string"})
    @GenerateNodeFactory
    public abstract static class EvalNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object eval(Object language, Object string) {
            String id = str(language, "language");
            String code = str(string, "string");
            Env env = TesseraContext.getEntered().getEnv();
            LanguageInfo info = env.getPublicLanguages().get(id);
            if (info == null) {
                throw PyErrors.format(null, ErrorType.ValueError, "no language '%s' in this context (it has: %s)", id, String.join(", ", env.getPublicLanguages().keySet()));
            }
            if (!env.isPolyglotEvalAllowed(info)) {
                throw PyErrors.raise(null, ErrorType.PermissionError, "polyglot evaluation of " + id + " is not allowed (the embedder's allowPolyglotAccess)");
            }
            Source source = Source.newBuilder(id, code, "<polyglot eval>").build();
            try {
                return InteropValues.toPython(env.parsePublic(source).call());
            } catch (AbstractTruffleException e) {
                throw ForeignErrors.wrap(e);
            }
        }
    }

    @Builtin(name = "export_value", params = {"name", "value"})
    @GenerateNodeFactory
    public abstract static class ExportNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object export(Object name, Object value) {
            Env env = bindingsEnv();
            env.exportSymbol(str(name, "name"), value);
            return value;
        }
    }

    @Builtin(name = "import_value", params = {"name"})
    @GenerateNodeFactory
    public abstract static class ImportNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object importValue(Object name) {
            Object value = bindingsEnv().importSymbol(str(name, "name"));
            return value == null ? PyNone.NONE : InteropValues.toPython(value);
        }
    }

    private static Env bindingsEnv() {
        Env env = TesseraContext.getEntered().getEnv();
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw PyErrors.raise(null, ErrorType.PermissionError, "polyglot bindings are not accessible (the embedder's allowPolyglotAccess)");
        }
        return env;
    }

    private static String str(Object value, String parameter) {
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s must be str, not %s", parameter, PyErrors.typeName(value));
    }
}
