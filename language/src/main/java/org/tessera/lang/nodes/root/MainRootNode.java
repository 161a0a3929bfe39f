package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.TesseraOptions;
import org.tessera.lang.runtime.KeyboardInterrupts;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;
import org.tessera.lang.runtime.exception.TracebackPrinter;
import org.tessera.lang.translator.ModuleLoader;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.source.Source;

/**
 * The program runner that launchers and test harnesses call through the polyglot API: evaluating
 * the internal source {@code <tessera-main>} gives this root, which is then executed with
 * {@code (mode, payload)} and returns the process exit status. Modes: {@code "file"} (payload a
 * path), {@code "code"} (payload the text of {@code -c}), {@code "stdin"} (a program piped in)
 * and {@code "repl"} (one interactive entry, answering {@link #INCOMPLETE} when it needs more
 * lines, 0 after running or reporting an error, {@link #EXIT_REQUESTED} plus the status after
 * SystemExit). It handles what CPython handles at top
 * level: SystemExit becomes a status, any other uncaught exception a traceback on stderr.
 */
public final class MainRootNode extends PyRootNode {
    /** Returned for a REPL entry that needs more lines. */
    public static final int INCOMPLETE = -1;
    /** A REPL entry that raised SystemExit answers this plus the exit status. */
    public static final int EXIT_REQUESTED = 1000;

    @Child private IndirectCallNode call = IndirectCallNode.create();

    public MainRootNode(TesseraLanguage language) {
        super(language, null, "<main>", null);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        String mode = args.length > 0 ? String.valueOf(args[0]) : "file";
        String payload = args.length > 1 ? String.valueOf(args[1]) : "";
        return run(mode, payload);
    }

    @TruffleBoundary
    private int run(String requestMode, String requestPayload) {
        TesseraContext context = TesseraContext.get(this);
        if (context.getEnv().getOptions().get(TesseraOptions.KeyboardInterrupt)) {
            // again at every request: the REPL's line reader puts back the default handler after each line
            KeyboardInterrupts.install(context.getEnv());
        }
        String mode = requestMode;
        String payload = requestPayload;
        String workingDirectory = null;
        if (mode.equals("module")) {
            // -m NAME: the module's file runs as __main__, imports start from the working directory
            TruffleFile found = ModuleLoader.findMainModule(context, payload);
            if (found == null) {
                context.getStderr().write("tessera: No module named " + payload + "\n");
                return 1;
            }
            workingDirectory = context.getEnv().getCurrentWorkingDirectory().getPath();
            mode = "file";
            payload = found.getAbsoluteFile().getPath();
            context.setArgv0(payload);
        }
        boolean repl = mode.equals("repl");
        if (mode.equals("file")) {
            TruffleFile file = context.getEnv().getPublicTruffleFile(payload);
            if (!file.isReadable() || file.isDirectory()) {
                String reason = file.isDirectory() ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
                context.getStderr().write("tessera: can't open file '" + file.getAbsoluteFile().getPath() + "': " + reason + "\n");
                return 2;
            }
        }
        try {
            Source source = source(context, mode, payload);
            RootCallTarget module = ModuleLoader.parseModule(getLanguage(TesseraLanguage.class), source, repl);
            PyModule main = context.getMainModule();
            if (mode.equals("file")) {
                main.set("__file__", mainPath(context, payload));
                TruffleFile parent = context.getEnv().getPublicTruffleFile(payload).getAbsoluteFile().getParent();
                context.setMainDirectory(workingDirectory != null ? workingDirectory : parent == null ? "" : parent.getPath());
            }
            call.call(module, main);
            context.flushOutput();
            return 0;
        } catch (PyException e) {
            if (repl && e.getPythonException().isInstanceOf(PyObjects.types().error(ErrorType.SyntaxError)) && isIncomplete(e)) {
                return INCOMPLETE;
            }
            // as CPython: what the program wrote goes out (stderr, then stdout) before its traceback
            context.flushOutput();
            int status = handleUncaught(context, e);
            if (repl) {
                return e.getPythonException().isInstanceOf(PyObjects.types().error(ErrorType.SystemExit)) ? EXIT_REQUESTED + status : 0;
            }
            return status;
        } catch (OutOfMemoryError e) {
            // uncaught: a MemoryError traceback (the failed allocation is garbage by now), not an internal error
            return handleUncaught(context, PyErrors.raise(null, ErrorType.MemoryError, null));
        } finally {
            if (repl) {
                context.flushOutput();
            }
        }
    }

    private static boolean isIncomplete(PyException e) {
        try {
            return com.oracle.truffle.api.interop.InteropLibrary.getUncached().isExceptionIncompleteSource(e);
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException unsupported) {
            return false;
        }
    }

    private Source source(TesseraContext context, String mode, String payload) {
        switch (mode) {
            case "file":
                TruffleFile file = context.getEnv().getPublicTruffleFile(payload);
                try {
                    return ModuleLoader.fileSource(file, mainPath(context, payload));
                } catch (java.io.IOException | SecurityException e) {
                    throw cannotOpen(payload, e.getMessage());
                }
            case "code":
                return Source.newBuilder(TesseraLanguage.ID, payload, "<string>").build();
            case "stdin":
                return Source.newBuilder(TesseraLanguage.ID, payload, "<stdin>").build();
            case "repl":
                return Source.newBuilder(TesseraLanguage.ID, payload, "<stdin>").interactive(true).build();
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    /** The main program's file name, absolute as in CPython 3.9 and later (its tracebacks and {@code __file__}). */
    private static String mainPath(TesseraContext context, String payload) {
        return context.getEnv().getPublicTruffleFile(payload).getAbsoluteFile().normalize().getPath();
    }

    private static PyException cannotOpen(String path, String reason) {
        return PyErrors.format(null, ErrorType.OSError, "can't open file '%s': %s", path, reason);
    }

    /** CPython's handling of an exception that reached the top level; returns the exit status. */
    @TruffleBoundary
    public static int handleUncaught(TesseraContext context, PyException e) {
        PyBaseException exception = e.getPythonException();
        if (exception.isInstanceOf(PyObjects.types().error(ErrorType.SystemExit))) {
            Object code = PyObjects.systemExitCode(exception);
            int status = PyObjects.systemExitStatus(exception);
            if (!(code instanceof Long) && !(code instanceof Boolean) && code != org.tessera.lang.runtime.PyNone.NONE) {
                context.getStderr().write(PyObjects.str(code) + "\n");
            }
            return status;
        }
        String text;
        try {
            text = TracebackPrinter.format(exception);
        } catch (PyException nested) {
            text = "Error in sys.excepthook:\n" + PyObjects.formatExceptionLine(nested.getPythonException()) + "\n";
        }
        context.getStderr().write(text);
        // CPython dies of the SIGINT it re-raises for an uncaught KeyboardInterrupt: status 128 + 2
        return exception.isInstanceOf(PyObjects.types().error(ErrorType.KeyboardInterrupt)) ? 130 : 1;
    }
}
