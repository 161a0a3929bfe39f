package org.tessera.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * {@code tessera [option] ... [-c cmd | file | -] [arg] ...}, with CPython's command-line rules:
 * options end at the script name or {@code -c}, whatever follows is {@code sys.argv}. Options
 * with a dot ({@code --engine.TraceCompilation}, {@code --log.file=x}) and tool switches
 * ({@code --cpusampler}) go to the polyglot engine.
 */
public final class TesseraMain extends AbstractLanguageLauncher {
    static final String LANGUAGE_ID = "tessera";
    /** Stack for the thread that runs Python code: deep recursion must reach RecursionError first. */
    private static final long PROGRAM_STACK_BYTES = 2L << 30;

    private final List<String> programArgs = new ArrayList<>();
    private String command;
    private String file;
    /** {@code -m NAME}: the module to run as {@code __main__}. */
    private String module;
    private boolean inspect;
    private boolean unbuffered;
    private VersionAction versionAction = VersionAction.None;

    public static void main(String[] args) {
        new TesseraMain().launch(args);
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE_ID;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("-c")) {
                if (i + 1 >= arguments.size()) {
                    throw abort("Argument expected for the -c option\n" + shortUsage(), 2);
                }
                command = arguments.get(i + 1);
                programArgs.add("-c");
                programArgs.addAll(arguments.subList(i + 2, arguments.size()));
                break;
            } else if (arg.equals("-m")) {
                if (i + 1 >= arguments.size()) {
                    throw abort("Argument expected for the -m option\n" + shortUsage(), 2);
                }
                module = arguments.get(i + 1);
                // sys.argv[0] becomes the module's path once it is found (as in CPython)
                programArgs.add("-m");
                programArgs.addAll(arguments.subList(i + 2, arguments.size()));
                break;
            } else if (arg.equals("--")) {
                // the end of the options: what follows is the program and its arguments, even if it starts with '-'
                if (i + 1 < arguments.size()) {
                    file = arguments.get(i + 1);
                    programArgs.addAll(arguments.subList(i + 1, arguments.size()));
                }
                break;
            } else if (arg.equals("-") || !arg.startsWith("-")) {
                file = arg;
                programArgs.addAll(arguments.subList(i, arguments.size()));
                break;
            }
            switch (arg) {
                case "-V", "--version" -> versionAction = VersionAction.PrintAndExit;
                case "-h" -> unrecognized.add("--help");
                case "-i" -> inspect = true;
                case "-u" -> unbuffered = true;
                case "-B", "-E", "-s", "-S", "-q", "-O", "-OO" -> {
                    // Accepted for compatibility with scripts written for CPython; nothing to do here.
                }
                default -> unrecognized.add(arg);
            }
        }
        if (programArgs.isEmpty()) {
            programArgs.add("");
        }
        return unrecognized;
    }

    @Override
    protected void launch(Context.Builder builder) {
        if (versionAction == VersionAction.PrintAndExit) {
            printVersion();
            throw exit(0);
        }
        builder.arguments(LANGUAGE_ID, programArgs.toArray(new String[0]));
        builder.allowAllAccess(true);
        builder.option("tessera.KeyboardInterrupt", "true");
        if (isTerminal()) {
            builder.option("tessera.LineBufferedStdout", "true");
        }
        String unbufferedEnv = System.getenv("PYTHONUNBUFFERED");
        if (unbuffered || (unbufferedEnv != null && !unbufferedEnv.isEmpty())) {
            builder.option("tessera.Unbuffered", "true");
        }
        String path = System.getenv("TESSERAPATH");
        if (path != null && !path.isEmpty()) {
            builder.option("tessera.PythonPath", path);
        }
        int[] status = {1};
        Thread runner = new Thread(null, () -> status[0] = run(builder), "main", PROGRAM_STACK_BYTES);
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw exit(status[0]);
    }

    private int run(Context.Builder builder) {
        try (Context context = builder.build()) {
            ProgramRunner runner = new ProgramRunner(context);
            int status = 0;
            if (command != null) {
                status = runner.runCode(command);
            } else if (module != null) {
                status = runner.runModule(module);
            } else if (file != null && !file.equals("-")) {
                status = runner.runFile(file);
            } else if (file == null && isTerminal()) {
                return new Repl(runner, getOutput()).run();
            } else {
                status = runner.runStdin(readAll(System.in));
            }
            if (inspect && status != ProgramRunner.EXIT_REQUESTED) {
                return new Repl(runner, getOutput()).run();
            }
            return ProgramRunner.statusOf(status);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            System.err.println("tessera: internal error: " + e.getMessage());
            e.printStackTrace();
            return 70;
        } catch (IOException e) {
            System.err.println("tessera: " + e.getMessage());
            return 1;
        }
    }

    private static boolean isTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String shortUsage() {
        return "usage: tessera [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `tessera -h' for more information.";
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        println("usage: tessera [option] ... [-c cmd | -m mod | file | -] [arg] ...",
                        "Run a Python (3.11 subset) program on GraalVM Truffle.",
                        "",
                        "Options and arguments:",
                        "-c cmd  : program passed in as string (terminates option list)",
                        "-m mod  : run library module as a script (terminates option list)",
                        "-h      : print this help message and exit (also --help)",
                        "-i      : inspect interactively after running the script",
                        "-u      : force the stdout and stderr streams to be unbuffered (also PYTHONUNBUFFERED=x)",
                        "-V      : print the version and exit (also --version)",
                        "file    : program read from script file",
                        "-       : program read from stdin (default; interactive mode if a tty)",
                        "arg ... : arguments passed to the program in sys.argv[1:]",
                        "",
                        "Polyglot options (examples):",
                        "--engine.TraceCompilation      print each method the Graal compiler compiles",
                        "--cpusampler                   profile with the CPU sampler",
                        "--help:engine, --help:tools    list every engine and tool option",
                        "",
                        "Environment:",
                        "TESSERAPATH : ':'-separated directories searched for modules");
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.addAll(List.of("-c", "-m", "-h", "-i", "-u", "-V", "--version", "-B", "-E", "-s", "-S", "-q", "-O", "-OO"));
    }

    @Override
    protected void printVersion(org.graalvm.polyglot.Engine engine) {
        printVersion();
    }

    @Override
    protected void printVersion() {
        println("Tessera " + Versions.TESSERA + " (Python " + Versions.PYTHON + ")");
    }
}
