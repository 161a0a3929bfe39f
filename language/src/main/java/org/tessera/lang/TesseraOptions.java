package org.tessera.lang;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionValues;

import com.oracle.truffle.api.Option;

/** The language's options ({@code --tessera.Name=value}). Cache limits live here, not in nodes. */
@Option.Group(TesseraLanguage.ID)
@SuppressWarnings("exports") // its package is exported for TesseraTags; this class is not API
public final class TesseraOptions {
    private TesseraOptions() {
    }

    @Option(help = "Maximum number of callees a call site caches before it goes megamorphic.", category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Integer> CallCacheLimit = new OptionKey<>(4);

    @Option(help = "Maximum number of classes/shapes an attribute access caches before it goes megamorphic.", category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Integer> AttributeCacheLimit = new OptionKey<>(4);

    @Option(help = "Flush sys.stdout at every newline (the launcher sets this when stdout is a terminal).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> LineBufferedStdout = new OptionKey<>(false);

    @Option(help = "Send every write to sys.stdout and sys.stderr at once, as CPython's -u and PYTHONUNBUFFERED (the launcher sets this for them).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(help = "Ctrl-C (SIGINT) raises KeyboardInterrupt in the running program, as in CPython (the launcher sets this).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> KeyboardInterrupt = new OptionKey<>(false);

    @Option(help = "Extra module search directories, separated by ':' (like PYTHONPATH; TESSERAPATH in the launcher).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> PythonPath = new OptionKey<>("");

    static boolean areCompatible(OptionValues first, OptionValues second) {
        return first.get(CallCacheLimit).equals(second.get(CallCacheLimit)) && first.get(AttributeCacheLimit).equals(second.get(AttributeCacheLimit));
    }
}
