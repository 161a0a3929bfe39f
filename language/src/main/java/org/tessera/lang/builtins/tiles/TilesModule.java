package org.tessera.lang.builtins.tiles;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.builtins.BuiltinRegistry;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.InstrumentInfo;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Builds the {@code tiles} module of a context. {@code tiles.count()} asks the instrument with
 * id {@value #MACHINE_INSTRUMENT} for an {@link IntSupplier} service (the language knows nothing
 * else of the machine model); without one the answer is 1.
 */
public final class TilesModule {
    /** The id of the tile machine's instrument, whose IntSupplier service tells the tile count. */
    public static final String MACHINE_INSTRUMENT = "tilemachine";

    /** What each node of the module does, in Python; the nodes' source sections point into it. */
    static final Source SOURCE = Source.newBuilder(TesseraLanguage.ID, """
                    def map(f, xs): return [task(f, x) for x in xs]
                    def spawn(f, *args): return Task(task(f, *args))
                    def task(f, *args): return f(*args)
                    def barrier(): wait_for_spawned_tasks()
                    def count(): return tilemachine_tiles_or_1()
                    def Task.result(self): return join(self)
                    """, "<tiles>").internal(true).build();

    private TilesModule() {
    }

    /** The section of the first occurrence of {@code text} in {@link #SOURCE}. */
    static SourceSection section(String text) {
        int start = SOURCE.getCharacters().toString().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text);
        }
        return SOURCE.createSection(start, text.length());
    }

    /** Places {@code node} at the first occurrence of {@code text} in {@link #SOURCE}. */
    static <T extends PyExpressionNode> T at(T node, String text) {
        SourceSection section = section(text);
        node.setSourceRange(section.getCharIndex(), section.getCharEndIndex());
        return node;
    }

    @TruffleBoundary
    public static PyModule create(BuiltinRegistry registry) {
        TesseraLanguage language = registry.getLanguage();
        SourceSection all = SOURCE.createSection(0, SOURCE.getLength());
        PyType taskType = new PyType("Task", "tiles", new PyType[]{PyObjects.types().objectType}, true);
        taskType.setAttribute("result", registry.makeFunction("result", taskType, new String[]{"self"}, all, JoinNode::new));
        Map<String, Object> members = new HashMap<>();
        members.put("__name__", "tiles");
        members.put("Task", taskType);
        members.put("map", registry.makeFunction("map", null, new String[]{"f", "xs", "/"}, all, () -> new ParallelMapNode(new TaskRootNode(language).getCallTarget())));
        members.put("spawn", registry.makeFunction("spawn", null, new String[]{"f", "/", "*args"}, all,
                        () -> new SpawnNode(new TaskRootNode(language).getCallTarget(), taskType)));
        members.put("barrier", registry.makeFunction("barrier", null, new String[0], all, BarrierNode::new));
        members.put("count", registry.makeFunction("count", null, new String[0], all, CountNode::new));
        PyModule module = new PyModule("tiles", members::get);
        for (String key : new java.util.TreeSet<>(members.keySet())) {
            module.getCell(key);
        }
        return module;
    }

    /** The tile count: the tile machine instrument's answer when it provides one, else 1. */
    @TruffleBoundary
    static long tileCount(TesseraContext context) {
        InstrumentInfo instrument = context.getEnv().getInstruments().get(MACHINE_INSTRUMENT);
        if (instrument == null) {
            return 1;
        }
        IntSupplier tiles = context.getEnv().lookup(instrument, IntSupplier.class);
        return tiles == null ? 1 : Math.max(1, tiles.getAsInt());
    }
}
