package org.tessera.lang.translator;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.root.EvalRootNode;
import org.tessera.lang.parser.ParseError;
import org.tessera.lang.parser.Parser;
import org.tessera.lang.parser.ast.Mod;
import org.tessera.lang.parser.ast.Stmt;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;
import org.tessera.lang.runtime.exception.SyntaxErrors;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

/** Parsing sources into module code, and the {@code import} machinery. */
public final class ModuleLoader {
    private ModuleLoader() {
    }

    /** What {@code Context.eval} runs for a Tessera source. */
    public static CallTarget parseForEval(TesseraLanguage language, Source source) {
        return new EvalRootNode(language, parseModule(language, source, false)).getCallTarget();
    }

    /** The code of a module, or a Python SyntaxError (as a {@link PyException}). */
    @TruffleBoundary
    public static RootCallTarget parseModule(TesseraLanguage language, Source source, boolean interactive) {
        String text = source.getCharacters().toString();
        String filename = displayName(source);
        try {
            Mod mod = Parser.parse(text, filename, interactive ? Parser.Mode.SINGLE : Parser.Mode.FILE);
            List<Stmt> body = mod instanceof Mod.Module m ? m.body() : ((Mod.Interactive) mod).body();
            return Translator.translateModule(language, source, body, interactive);
        } catch (ParseError e) {
            throw syntaxError(e, filename);
        }
    }

    /** The file name a source shows in tracebacks: the path as the user gave it, which is the source's name. */
    public static String displayName(Source source) {
        return source.getName();
    }

    @TruffleBoundary
    public static PyException syntaxError(ParseError e, String filename) {
        ErrorType type = switch (e.kind()) {
            case IndentationError -> ErrorType.IndentationError;
            case TabError -> ErrorType.TabError;
            default -> ErrorType.SyntaxError;
        };
        return new PyException(SyntaxErrors.create(type, e.msg(), filename, e.lineno(), e.offset(), e.endLineno(), e.endOffset(), e.text()), null,
                        e.incompleteInput());
    }

    /** {@code import name}: the module to bind (the top-level package unless {@code as} is used). */
    @TruffleBoundary
    public static Object importModule(TesseraContext context, String name, int level, boolean bindTopLevel) {
        if (level > 0) {
            throw PyErrors.raise(null, ErrorType.ImportError, "attempted relative import with no known parent package");
        }
        String[] parts = name.split("\\.");
        PyModule top = null;
        PyModule module = null;
        String qualified = "";
        for (String part : parts) {
            qualified = qualified.isEmpty() ? part : qualified + "." + part;
            PyModule next = load(context, qualified);
            if (next == null) {
                throw PyErrors.format(null, ErrorType.ModuleNotFoundError, "No module named '%s'", qualified);
            }
            if (module != null) {
                module.set(part, next);
            }
            module = next;
            if (top == null) {
                top = next;
            }
        }
        return bindTopLevel ? top : module;
    }

    private static PyModule load(TesseraContext context, String qualified) {
        PyModule module = context.getModule(qualified);
        if (module == null) {
            module = context.getLanguage().getBuiltins().createBuiltinModule(qualified, context);
            if (module != null) {
                context.putModule(qualified, module);
            }
        }
        return module;
    }

    /** {@code from package import name} for a submodule; null when there is none. */
    @TruffleBoundary
    public static Object importSubmodule(TesseraContext context, PyModule parent, String name) {
        return load(context, parent.getName() + "." + name);
    }

    /** The names {@code from module import *} binds: {@code __all__} if defined, else those not starting with '_'. */
    @TruffleBoundary
    public static List<String> publicNames(PyModule module) {
        List<String> names = new ArrayList<>();
        for (String name : module.boundNames()) {
            if (!name.startsWith("_")) {
                names.add(name);
            }
        }
        return names;
    }
}
