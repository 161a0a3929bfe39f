package org.tessera.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tessera.lang.runtime.Allocations;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyTextIO;
import org.tessera.lang.runtime.exception.PyException;
import org.tessera.lang.translator.ModuleLoader;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.nodes.Node;

/** The Python state of one polyglot context: modules, {@code sys} settings, streams, call depth. */
@SuppressWarnings("exports") // its package is exported for TesseraTags; this class is not API
public final class TesseraContext {
    private static final ContextReference<TesseraContext> REFERENCE = ContextReference.create(TesseraLanguage.class);

    private final TesseraLanguage language;
    private final Env env;
    private final AllocationReporter allocationReporter;
    private final PyTextIO stdout;
    private final PyTextIO stderr;
    private final PyModule builtinsModule;
    private final Map<String, PyModule> modules = new HashMap<>();
    private final List<PyException> handledExceptions = new ArrayList<>();
    private PyModule mainModule;
    private String mainDirectory = "";
    private int recursionLimit = 1000;
    private long lastTaskId;
    private int depth;

    TesseraContext(TesseraLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.allocationReporter = env.lookup(AllocationReporter.class);
        Allocations.watch(allocationReporter);
        boolean unbuffered = env.getOptions().get(TesseraOptions.Unbuffered);
        this.stdout = new PyTextIO("<stdout>", env.out(), env.getOptions().get(TesseraOptions.LineBufferedStdout), unbuffered);
        this.stderr = new PyTextIO("<stderr>", env.err(), true, unbuffered);
        this.builtinsModule = language.getBuiltins().createBuiltinsModule(this);
        modules.put("builtins", builtinsModule);
    }

    public static TesseraContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** The context of the current thread, for code without a node at hand (see {@link Allocations}). */
    public static TesseraContext getEntered() {
        return REFERENCE.get(null);
    }

    /** Where allocations of Python objects are reported to tools. */
    public AllocationReporter getAllocationReporter() {
        return allocationReporter;
    }

    public TesseraLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PyTextIO getStdout() {
        return stdout;
    }

    public PyTextIO getStderr() {
        return stderr;
    }

    public PyModule getBuiltinsModule() {
        return builtinsModule;
    }

    /** The {@code __main__} module, made on first use. */
    @TruffleBoundary
    public PyModule getMainModule() {
        if (mainModule == null) {
            mainModule = new PyModule("__main__");
            mainModule.set("__name__", "__main__");
            mainModule.set("__doc__", org.tessera.lang.runtime.PyNone.NONE);
            mainModule.set("__builtins__", builtinsModule);
            modules.put("__main__", mainModule);
        }
        return mainModule;
    }

    /** {@code sys.modules}: a loaded module by name, or null. */
    @TruffleBoundary
    public PyModule getModule(String name) {
        return modules.get(name);
    }

    /** A snapshot of {@code sys.modules}, sorted by name. */
    @TruffleBoundary
    public Map<String, PyModule> loadedModules() {
        return new java.util.TreeMap<>(modules);
    }

    @TruffleBoundary
    public void putModule(String name, PyModule module) {
        modules.put(name, module);
    }

    /** {@code import name} (absolute when {@code level} is 0): the module to bind, see {@link ModuleLoader}. */
    @TruffleBoundary
    public Object importModule(String name, int level, boolean bindTopLevel, PyModule importer) {
        return ModuleLoader.importModule(this, name, level, bindTopLevel, importer);
    }

    @TruffleBoundary
    public void removeModule(String name) {
        modules.remove(name);
    }

    /**
     * Where {@code import} looks for files: the main script's directory (or the working directory
     * for {@code -c}, stdin and the REPL), then the {@code PythonPath} option ({@code TESSERAPATH}).
     */
    @TruffleBoundary
    public List<String> getSearchPath() {
        List<String> path = new ArrayList<>();
        path.add(mainDirectory);
        String extra = env.getOptions().get(TesseraOptions.PythonPath);
        for (String dir : extra.split(":")) {
            if (!dir.isEmpty()) {
                path.add(dir);
            }
        }
        return path;
    }

    /** What {@code sys.argv[0]} shows instead of the launcher's first program argument ({@code -m}: the module's path); null if nothing. */
    private String argv0;

    public String getArgv0() {
        return argv0;
    }

    public void setArgv0(String argv0) {
        this.argv0 = argv0;
    }

    /** Sets the directory of the main script, the first place imports look. */
    public void setMainDirectory(String directory) {
        this.mainDirectory = directory;
    }

    /** {@code from package import name} where name is a submodule not yet imported; null if there is none. */
    @TruffleBoundary
    public Object importSubmodule(PyModule parent, String name) {
        return ModuleLoader.importSubmodule(this, parent, name);
    }

    /** The names {@code from module import *} binds. */
    @TruffleBoundary
    public List<String> publicNames(PyModule module) {
        return ModuleLoader.publicNames(module);
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Numbers the tasks {@code tiles.spawn} starts: 1, 2, 3... */
    public long nextTaskId() {
        return ++lastTaskId;
    }

    /** Enters a Python call; false if that would exceed the recursion limit. */
    public boolean enterCall() {
        return ++depth <= recursionLimit;
    }

    public void exitCall() {
        depth--;
    }

    public int getDepth() {
        return depth;
    }

    /** The exception handled by the innermost running {@code except} block, or null. */
    @TruffleBoundary
    public PyException getHandledException() {
        return handledExceptions.isEmpty() ? null : handledExceptions.get(handledExceptions.size() - 1);
    }

    @TruffleBoundary
    public void pushHandledException(PyException e) {
        handledExceptions.add(e);
    }

    @TruffleBoundary
    public void popHandledException() {
        handledExceptions.remove(handledExceptions.size() - 1);
    }

    @TruffleBoundary
    public void flushOutput() {
        // CPython's order when a program ends (flush_io): stderr, then stdout
        stderr.flush();
        stdout.flush();
    }
}
