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
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.ExecutableNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** Parsing sources into module code, and the {@code import} machinery. */
public final class ModuleLoader {
    private ModuleLoader() {
    }

    /** What {@code Context.eval} runs for a Tessera source. */
    public static CallTarget parseForEval(TesseraLanguage language, Source source) {
        return new EvalRootNode(language, parseModule(language, source, false)).getCallTarget();
    }

    /** Inline code for a tool, evaluated at {@code location} in {@code frame} (null when not known yet). */
    @TruffleBoundary
    public static ExecutableNode parseInline(TesseraLanguage language, Source source, Node location, MaterializedFrame frame) {
        String text = source.getCharacters().toString();
        String filename = displayName(source);
        boolean moduleFrame = frame == null || frame.getArguments().length == 0 || frame.getArguments()[0] instanceof PyModule;
        try {
            Mod mod = Parser.parse(text, filename, Parser.Mode.FILE);
            List<Stmt> body = ((Mod.Module) mod).body();
            return new org.tessera.lang.nodes.root.InlineExpressionNode(language, Translator.translateInline(language, source, body, location, moduleFrame));
        } catch (ParseError e) {
            throw syntaxError(e, filename).at(errorSection(source, e));
        }
    }

    /** The code of a module, or a Python SyntaxError (as a {@link PyException}). */
    @TruffleBoundary
    public static RootCallTarget parseModule(TesseraLanguage language, Source source, boolean interactive) {
        String text = source.getCharacters().toString();
        String filename = displayName(source);
        try {
            Mod mod = Parser.parse(text, filename, interactive ? Parser.Mode.SINGLE : Parser.Mode.FILE);
            List<Stmt> body = mod instanceof Mod.Module m ? m.body() : ((Mod.Interactive) mod).body();
            try {
                return Translator.translateModule(language, source, body, interactive);
            } catch (StackOverflowError e) {
                throw ParseError.tooDeep(ParseError.Kind.RecursionError, "maximum recursion depth exceeded during compilation");
            }
        } catch (ParseError e) {
            throw syntaxError(e, filename).at(errorSection(source, e));
        }
    }

    /**
     * The source of a Python file, decoded as CPython decodes it (PEP 263): UTF-8 (a BOM is
     * dropped) unless a coding declaration in the first two lines names another charset; bytes
     * that do not decode are a SyntaxError naming the first bad byte and its line.
     */
    @TruffleBoundary
    public static Source fileSource(TruffleFile file, String name) throws java.io.IOException {
        byte[] bytes = file.readAllBytes();
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        java.nio.charset.Charset charset = declaredCharset(bytes, start, name);
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw PyErrors.format(null, ErrorType.SyntaxError, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                            bytes[bad] & 0xff, name, line);
        }
        return Source.newBuilder(TesseraLanguage.ID, file).content(text).name(name).build();
    }

    private static final java.util.regex.Pattern CODING = java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The charset a coding declaration (PEP 263) in the first two lines names, else UTF-8. */
    private static java.nio.charset.Charset declaredCharset(byte[] bytes, int start, String name) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < bytes.length; line++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text = new String(bytes, lineStart, end - lineStart, java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = CODING.matcher(text);
            if (m.find()) {
                String encoding = m.group(1);
                try {
                    String normal = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                    return java.nio.charset.Charset.forName(switch (normal) {
                        case "latin-1", "l1", "iso-latin-1" -> "ISO-8859-1";
                        default -> normal;
                    });
                } catch (IllegalArgumentException e) {
                    throw PyErrors.format(null, ErrorType.SyntaxError, "unknown encoding for '%s': %s", name, encoding);
                }
            }
            if (!text.stripLeading().startsWith("#") && !text.isBlank()) {
                break;
            }
            lineStart = end + 1;
        }
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    /** The file name a source shows in tracebacks: the path as the user gave it, which is the source's name. */
    public static String displayName(Source source) {
        return source.getName();
    }

    /** Where a syntax error is, for tools: its line in the source (the TCK asks that it has one). */
    private static SourceSection errorSection(Source source, ParseError e) {
        int lines = source.getLineCount();
        if (lines == 0) {
            return source.createUnavailableSection();
        }
        return source.createSection(Math.max(1, Math.min(e.lineno(), lines)));
    }

    @TruffleBoundary
    public static PyException syntaxError(ParseError e, String filename) {
        if (e.kind() == ParseError.Kind.MemoryError || e.kind() == ParseError.Kind.RecursionError) {
            return PyErrors.raise(null, e.kind() == ParseError.Kind.MemoryError ? ErrorType.MemoryError : ErrorType.RecursionError, e.msg());
        }
        ErrorType type = switch (e.kind()) {
            case IndentationError -> ErrorType.IndentationError;
            case TabError -> ErrorType.TabError;
            default -> ErrorType.SyntaxError;
        };
        return new PyException(SyntaxErrors.create(type, e.msg(), filename, e.lineno(), e.offset(), e.endLineno(), e.endOffset(), e.text()), null,
                        e.incompleteInput());
    }

    /**
     * {@code import name} from module {@code importer} ({@code level} leading dots): the module to
     * bind, which is the top-level package unless the statement used {@code as}.
     */
    @TruffleBoundary
    public static Object importModule(TesseraContext context, String name, int level, boolean bindTopLevel, PyModule importer) {
        String absolute = level == 0 ? name : resolveRelative(name, level, importer);
        String[] parts = absolute.split("\\.");
        PyModule top = null;
        PyModule module = null;
        String qualified = "";
        for (String part : parts) {
            qualified = qualified.isEmpty() ? part : qualified + "." + part;
            PyModule next = load(context, qualified, module);
            if (next == null) {
                PyException e = PyErrors.format(null, ErrorType.ModuleNotFoundError, "No module named '%s'", qualified);
                PyErrors.setImportDetails(e, qualified, org.tessera.lang.runtime.PyNone.NONE);
                throw e;
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

    private static String resolveRelative(String name, int level, PyModule importer) {
        String importerName = importer == null ? "__main__" : importer.getName();
        boolean isPackage = importer != null && importer.get("__path__") != null;
        String base = isPackage ? importerName : (importerName.contains(".") ? importerName.substring(0, importerName.lastIndexOf('.')) : "");
        if (base.isEmpty() || importerName.equals("__main__")) {
            throw PyErrors.raise(null, ErrorType.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErrors.raise(null, ErrorType.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** The module {@code qualified}, loading it (a built-in, or a file under the search path) the first time. */
    private static PyModule load(TesseraContext context, String qualified, PyModule parent) {
        PyModule module = context.getModule(qualified);
        if (module != null) {
            return module;
        }
        module = context.getLanguage().getBuiltins().createBuiltinModule(qualified, context);
        if (module != null) {
            context.putModule(qualified, module);
            return module;
        }
        TruffleFile found = find(context, qualified, parent);
        if (found != null) {
            return execute(context, qualified, found);
        }
        return loadLibrary(context, qualified, parent);
    }

    /** Where the bundled library's Python sources are, inside the language jar. */
    private static final String LIBRARY = "/org/tessera/lang/lib/";
    /** The {@code __path__} prefix of bundled packages; such paths are resource folders, not directories. */
    public static final String LIBRARY_PATH_PREFIX = "<stdlib>/";

    /**
     * A module of the bundled library ({@code collections}, {@code json}...), looked up after the
     * search path as CPython looks in its standard library after the script's folder. Parsed
     * once per engine; run once per context.
     */
    private static PyModule loadLibrary(TesseraContext context, String qualified, PyModule parent) {
        if (parent != null && !(parent.get("__path__") instanceof String p && p.startsWith(LIBRARY_PATH_PREFIX))) {
            return null;
        }
        String relative = qualified.replace('.', '/');
        boolean isPackage = true;
        String text = readResource(LIBRARY + relative + "/__init__.py");
        if (text == null) {
            isPackage = false;
            text = readResource(LIBRARY + relative + ".py");
        }
        if (text == null) {
            return null;
        }
        String file = LIBRARY_PATH_PREFIX + relative + (isPackage ? "/__init__.py" : ".py");
        String source = text;
        RootCallTarget code = context.getLanguage().getLibraryCode().computeIfAbsent(qualified,
                        q -> parseModule(context.getLanguage(), Source.newBuilder(TesseraLanguage.ID, source, file).build(), false));
        return run(context, qualified, code, file, isPackage ? LIBRARY_PATH_PREFIX + relative : null);
    }

    private static String readResource(String path) {
        try (java.io.InputStream in = ModuleLoader.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * The file {@code -m name} runs: {@code name.py}, or a package's {@code __main__.py}, found
     * along the search path from the working directory (dotted names through packages); null if
     * there is none.
     */
    @TruffleBoundary
    public static TruffleFile findMainModule(TesseraContext context, String name) {
        String[] parts = name.split("\\.", -1);
        List<String> directories = new ArrayList<>();
        directories.add(context.getEnv().getCurrentWorkingDirectory().getPath());
        directories.addAll(context.getSearchPath());
        for (String start : directories) {
            TruffleFile dir = context.getEnv().getPublicTruffleFile(start.isEmpty() ? "." : start);
            int i = 0;
            while (i < parts.length - 1 && dir.resolve(parts[i]).resolve("__init__.py").isRegularFile()) {
                dir = dir.resolve(parts[i]);
                i++;
            }
            if (i < parts.length - 1 || parts[i].isEmpty()) {
                continue;
            }
            TruffleFile file = dir.resolve(parts[i] + ".py");
            if (file.isRegularFile()) {
                return file;
            }
            TruffleFile main = dir.resolve(parts[i]).resolve("__main__.py");
            if (main.isRegularFile()) {
                return main;
            }
        }
        return null;
    }

    /** {@code name.py} or {@code name/__init__.py} in the parent package's directory, else along the search path. */
    private static TruffleFile find(TesseraContext context, String qualified, PyModule parent) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        List<TruffleFile> directories = new ArrayList<>();
        if (parent != null) {
            if (!(parent.get("__path__") instanceof String packageDir)) {
                return null;
            }
            directories.add(context.getEnv().getPublicTruffleFile(packageDir));
        } else {
            for (String dir : context.getSearchPath()) {
                directories.add(context.getEnv().getPublicTruffleFile(dir.isEmpty() ? "." : dir));
            }
        }
        for (TruffleFile dir : directories) {
            try {
                TruffleFile packageInit = dir.resolve(simple).resolve("__init__.py");
                if (packageInit.isRegularFile()) {
                    return packageInit;
                }
                TruffleFile file = dir.resolve(simple + ".py");
                if (file.isRegularFile()) {
                    return file;
                }
            } catch (SecurityException e) {
                // the embedder allows no file access: nothing to import from here (CPython: not found)
            }
        }
        return null;
    }

    private static PyModule execute(TesseraContext context, String qualified, TruffleFile file) {
        Source source;
        try {
            source = fileSource(file, file.getPath());
        } catch (java.io.IOException e) {
            throw PyErrors.format(null, ErrorType.ImportError, "cannot read %s: %s", file.getPath(), e.getMessage());
        }
        RootCallTarget code = parseModule(context.getLanguage(), source, false);
        return run(context, qualified, code, file.getPath(), file.getName().equals("__init__.py") ? file.getParent().getPath() : null);
    }

    /** Runs module code as module {@code qualified}; {@code packagePath} is the {@code __path__} of a package, else null. */
    private static PyModule run(TesseraContext context, String qualified, RootCallTarget code, String file, String packagePath) {
        PyModule module = new PyModule(qualified);
        module.set("__name__", qualified);
        module.set("__file__", file);
        module.set("__doc__", org.tessera.lang.runtime.PyNone.NONE);
        module.set("__builtins__", context.getBuiltinsModule());
        if (packagePath != null) {
            module.set("__path__", packagePath);
            module.set("__package__", qualified);
        } else {
            module.set("__package__", qualified.contains(".") ? qualified.substring(0, qualified.lastIndexOf('.')) : "");
        }
        context.putModule(qualified, module);
        try {
            code.call(module);
        } catch (PyException e) {
            context.removeModule(qualified);
            throw e;
        }
        return module;
    }

    /** {@code from package import name} for a submodule; null when there is none. */
    @TruffleBoundary
    public static Object importSubmodule(TesseraContext context, PyModule parent, String name) {
        PyModule sub = load(context, parent.getName() + "." + name, parent);
        if (sub != null) {
            parent.set(name, sub);
        }
        return sub;
    }

    /** The names {@code from module import *} binds: {@code __all__} if defined, else those not starting with '_'. */
    @TruffleBoundary
    public static List<String> publicNames(PyModule module) {
        Object all = module.get("__all__");
        if (all != null) {
            List<String> names = new ArrayList<>();
            for (Object name : org.tessera.lang.runtime.Iteration.toArray(all)) {
                if (!(name instanceof String s)) {
                    throw PyErrors.typeError(null, "Item in %s.__all__ must be str, not %s", module.getName(), PyErrors.typeName(name));
                }
                names.add(s);
            }
            return names;
        }
        List<String> names = new ArrayList<>();
        for (String name : module.boundNames()) {
            if (!name.startsWith("_")) {
                names.add(name);
            }
        }
        return names;
    }
}
