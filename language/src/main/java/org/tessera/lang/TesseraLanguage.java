package org.tessera.lang;

import org.graalvm.options.OptionDescriptors;
import org.tessera.lang.builtins.BuiltinRegistry;
import org.tessera.lang.nodes.local.GlobalScope;
import org.tessera.lang.nodes.root.ConstantRootNode;
import org.tessera.lang.nodes.root.MainRootNode;
import org.tessera.lang.nodes.root.ProgramRunnerObject;
import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.translator.ModuleLoader;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.nodes.ExecutableNode;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * The Tessera language: a Python subset on Truffle. One instance serves every context of an
 * engine (contexts share parsed code and the built-in classes, not Python state).
 */
@TruffleLanguage.Registration(id = TesseraLanguage.ID, name = "Tessera", implementationName = "Tessera", version = TesseraLanguage.VERSION,
                defaultMimeType = TesseraLanguage.MIME_TYPE, characterMimeTypes = TesseraLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.SHARED,
                fileTypeDetectors = TesseraFileTypeDetector.class, website = "https://github.com/tessera-lang/tessera")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
                StandardTags.ExpressionTag.class, StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class, StandardTags.TryBlockTag.class,
                TesseraTags.AttributeReadTag.class, TesseraTags.AttributeWriteTag.class, TesseraTags.ElementReadTag.class, TesseraTags.ElementWriteTag.class,
                TesseraTags.GlobalReadTag.class, TesseraTags.GlobalWriteTag.class, TesseraTags.ArithmeticTag.class, TesseraTags.ConstantTag.class, TesseraTags.BranchTag.class,
                TesseraTags.LoopTag.class, TesseraTags.AllocationTag.class, TesseraTags.BuiltinCallTag.class, TesseraTags.ParallelTag.class,
                TesseraTags.TaskTag.class, TesseraTags.BarrierTag.class, TesseraTags.JoinTag.class})
@SuppressWarnings("exports") // its package is exported for TesseraTags; this class is not API
public final class TesseraLanguage extends TruffleLanguage<TesseraContext> {
    public static final String ID = "tessera";
    public static final String MIME_TYPE = "text/x-tessera";
    public static final String VERSION = "0.1.0";
    /** The Python version whose behaviour Tessera reproduces. */
    public static final String PYTHON_VERSION = "3.11.7";
    /** Name of the internal source whose evaluation returns the program runner (see MainRootNode). */
    public static final String MAIN_SOURCE_NAME = "<tessera-main>";

    private static final LanguageReference<TesseraLanguage> REFERENCE = LanguageReference.create(TesseraLanguage.class);

    private final BuiltinTypes types = new BuiltinTypes();
    private final BuiltinRegistry builtins = new BuiltinRegistry(this);
    /** Code of the bundled library modules, parsed once per language and shared by its contexts. */
    private final java.util.Map<String, com.oracle.truffle.api.RootCallTarget> libraryCode = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int callCacheLimit = 4;
    private volatile int attributeCacheLimit = 4;

    public static TesseraLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public BuiltinTypes getTypes() {
        return types;
    }

    public java.util.Map<String, com.oracle.truffle.api.RootCallTarget> getLibraryCode() {
        return libraryCode;
    }

    public BuiltinRegistry getBuiltins() {
        return builtins;
    }

    @Override
    protected TesseraContext createContext(Env env) {
        callCacheLimit = env.getOptions().get(TesseraOptions.CallCacheLimit);
        attributeCacheLimit = env.getOptions().get(TesseraOptions.AttributeCacheLimit);
        return new TesseraContext(this, env);
    }

    /** The {@code CallCacheLimit} option; equal in every context of the engine. */
    public int getCallCacheLimit() {
        return callCacheLimit;
    }

    /** The {@code AttributeCacheLimit} option; equal in every context of the engine. */
    public int getAttributeCacheLimit() {
        return attributeCacheLimit;
    }

    @Override
    protected void finalizeContext(TesseraContext context) {
        context.flushOutput();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return TesseraOptions.areCompatible(firstOptions, newOptions);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new TesseraOptionsOptionDescriptors();
    }

    /** The top scope, for tools and polyglot bindings: the globals of {@code __main__} (see {@link GlobalScope}). */
    @Override
    protected Object getScope(TesseraContext context) {
        return new GlobalScope(context.getMainModule(), context);
    }

    /** An expression a tool (the debugger) evaluates in a frame it stopped in. */
    @Override
    protected ExecutableNode parse(InlineParsingRequest request) {
        return ModuleLoader.parseInline(this, request.getSource(), request.getLocation(), request.getFrame());
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (source.isInternal() && MAIN_SOURCE_NAME.equals(source.getName())) {
            RootCallTarget main = new MainRootNode(this).getCallTarget();
            CharSequence text = source.getCharacters();
            if (text.length() == 0) {
                return new ConstantRootNode(this, new ProgramRunnerObject(main)).getCallTarget();
            }
            // "MODE\0PAYLOAD": run one request and answer its status (see MainRequestRootNode).
            String line = text.toString();
            int nul = line.indexOf('\0');
            String mode = nul < 0 ? line : line.substring(0, nul);
            String payload = nul < 0 ? "" : line.substring(nul + 1);
            return new org.tessera.lang.nodes.root.MainRequestRootNode(this, main, mode, payload).getCallTarget();
        }
        return ModuleLoader.parseForEval(this, source);
    }
}
