package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.tessera.machine.program.SmartCache.Kind;
import org.tessera.machine.stats.JsonReport;

/**
 * The smart cache against answers worked out by hand from cpython-like's costs: a global read is
 * 51 cycles, 27 of them name resolution; a call 114, 4 of them function resolution. With the
 * default hit cost of 0.2, a global read that hits costs round(0.2 × 27) = 5 name resolution
 * cycles, saving 22; a call that hits costs round(0.2 × 4) = 1, saving 3.
 */
class SmartCacheTest {
    private static final int MODULE = 1;
    private static final int X = 0;
    private static final int Y = 1;

    private static ProgramModel model(int entries) throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        if (entries > 0) {
            model.setSmartCache(new SmartCache(model.options().machine().tileCount(), entries, 0.2));
        }
        return model;
    }

    private static SmartCache.Counts counts(ProgramModel model, Category category) {
        return model.smartCache().counts().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    @Test
    void tenReadsOfOneGlobalAreOneMissAndNineHitsWithExactlyTheCyclesSaved() throws Exception {
        ProgramModel model = model(64);
        for (int i = 0; i < 10; i++) {
            model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        }
        Summary s = model.finish();
        SmartCache.Counts nr = counts(model, Category.NAME_RESOLUTION);
        assertEquals(10, nr.lookups());
        assertEquals(1, nr.misses());
        assertEquals(9, nr.hits());
        assertEquals(9 * 22, nr.savedCycles());
        // 10 × 51 − 9 × 22 = 312 cycles; name resolution 27 (the miss) + 9 × 5 (the hits) = 72.
        assertEquals(312, s.totalCycles());
        assertEquals(72, s.cycles(Category.NAME_RESOLUTION));
        assertEquals(s.totalCycles(), s.categoryTotal(), "every cycle is still charged to a category");
        assertEquals(10 * 7, s.cycles(Category.DISPATCH), "only name resolution changes");
        assertEquals(0, nr.invalidations());
        assertEquals(0, counts(model, Category.FUNCTION_RESOLUTION).lookups());
    }

    @Test
    void withoutWritesNothingIsInvalidated() throws Exception {
        ProgramModel model = model(4);
        for (int i = 0; i < 100; i++) {
            model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, i % 7);
            model.lookup(Event.ATTRIBUTE_READ, Kind.ATTRIBUTE, 2 + i % 3, i % 5);
            model.lookup(Event.CALL, Kind.METHOD, 9, i % 2);
        }
        model.finish();
        for (SmartCache.Counts c : model.smartCache().counts()) {
            assertEquals(0, c.invalidations(), c.toString());
            assertTrue(c.evictions() > 0, "4 entries are too few for these lookups: " + c);
        }
        assertEquals(0, model.smartCache().snoops());
    }

    @Test
    void aWriteToAMonitoredGlobalInvalidatesItOnceAndTheNextReadMisses() throws Exception {
        ProgramModel model = model(64);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, Y);
        model.globalWritten(MODULE, X);
        model.globalWritten(MODULE + 1, Y);
        SmartCache.Counts afterWrite = counts(model, Category.NAME_RESOLUTION);
        assertEquals(1, afterWrite.invalidations(), "x of this module only; y is another module's");
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, Y);
        SmartCache.Counts nr = counts(model, Category.NAME_RESOLUTION);
        assertEquals(3, nr.misses(), "x, y, then x again after the write");
        assertEquals(2, nr.hits(), "the second x and the second y");
        assertEquals(1, nr.invalidations());
        assertEquals(2, model.smartCache().snoops());
    }

    @Test
    void oneEntryAndTwoAlternatingNamesMissEveryTime() throws Exception {
        ProgramModel model = model(1);
        for (int i = 0; i < 10; i++) {
            model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, i % 2);
        }
        Summary s = model.finish();
        SmartCache.Counts nr = counts(model, Category.NAME_RESOLUTION);
        assertEquals(10, nr.misses());
        assertEquals(0, nr.hits());
        assertEquals(9, nr.evictions(), "every fill but the first evicts the other name");
        assertEquals(10 * 51, s.totalCycles(), "misses cost what they cost without a cache");
    }

    @Test
    void leastRecentlyUsedIsEvicted() throws Exception {
        ProgramModel model = model(2);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 0);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 1);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 0); // hit: 1 is now the least recent
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 2); // evicts 1
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 0); // hit
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, 1); // miss, evicts 2
        SmartCache.Counts nr = counts(model, Category.NAME_RESOLUTION);
        assertEquals(2, nr.hits());
        assertEquals(4, nr.misses());
        assertEquals(2, nr.evictions());
    }

    @Test
    void aMethodCallHitSavesFunctionResolutionOnly() throws Exception {
        ProgramModel model = model(8);
        for (int i = 0; i < 3; i++) {
            model.lookup(Event.CALL, Kind.METHOD, 5, X);
        }
        Summary s = model.finish();
        SmartCache.Counts fr = counts(model, Category.FUNCTION_RESOLUTION);
        assertEquals(2, fr.hits());
        assertEquals(2 * 3, fr.savedCycles());
        // 3 × 114 − 2 × 3 = 336; function resolution 4 + 2 × 1 = 6.
        assertEquals(336, s.totalCycles());
        assertEquals(6, s.cycles(Category.FUNCTION_RESOLUTION));
        assertEquals(0, counts(model, Category.NAME_RESOLUTION).lookups());
    }

    @Test
    void anAttributeWriteInvalidatesThatObjectsEntryAndAClassWriteEveryEntryOfTheName() throws Exception {
        ProgramModel model = model(64);
        int a = 10;
        int b = 11;
        int type = 12;
        model.lookup(Event.ATTRIBUTE_READ, Kind.ATTRIBUTE, a, X);
        model.lookup(Event.ATTRIBUTE_READ, Kind.ATTRIBUTE, b, X);
        model.lookup(Event.CALL, Kind.METHOD, type, X);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        model.attributeWritten(a, X, false);
        assertEquals(1, counts(model, Category.NAME_RESOLUTION).invalidations(), "a.x only: b.x, the method and the global stay");
        assertEquals(0, counts(model, Category.FUNCTION_RESOLUTION).invalidations());
        model.attributeWritten(type, X, true);
        assertEquals(2, counts(model, Category.NAME_RESOLUTION).invalidations(), "and then b.x, which may have come from the class");
        assertEquals(1, counts(model, Category.FUNCTION_RESOLUTION).invalidations(), "the class's method x");
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        assertEquals(1, counts(model, Category.NAME_RESOLUTION).hits(), "a global is no attribute: still cached");
    }

    @Test
    void aSnoopReachesEveryTilesCache() throws Exception {
        ProgramModel model = model(64);
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        model.beginParallel();
        for (int task = 0; task < 2; task++) {
            model.beginTask();
            model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
            model.endTask();
        }
        model.endParallel();
        SmartCache.Counts nr = counts(model, Category.NAME_RESOLUTION);
        assertEquals(1, nr.hits(), "task 0 runs on tile 0, whose cache has x");
        assertEquals(2, nr.misses(), "the program's first read and task 1's on tile 1");
        model.globalWritten(MODULE, X);
        assertEquals(2, counts(model, Category.NAME_RESOLUTION).invalidations(), "tiles 0 and 1 both held x");
    }

    @Test
    void aHitCostOfOneSavesNothing() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        model.setSmartCache(new SmartCache(64, 8, 1.0));
        for (int i = 0; i < 5; i++) {
            model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, X);
        }
        assertEquals(5 * 51, model.finish().totalCycles());
        assertEquals(4, counts(model, Category.NAME_RESOLUTION).hits());
    }

    /** The same program: lookups and writes reported through the smart cache's calls, or as plain events. */
    private static void program(ProgramModel model, boolean asLookups) {
        for (int i = 0; i < 200; i++) {
            model.event(Event.STATEMENT);
            int id = model.newObject(32);
            if (asLookups) {
                model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, MODULE, i % 3);
                model.lookup(Event.ATTRIBUTE_READ, Kind.ATTRIBUTE, 7, X);
                model.lookup(Event.CALL, Kind.CALLEE, 8, Y);
                model.globalWritten(MODULE, i % 5);
                model.attributeWritten(7, X, i % 2 == 0);
            } else {
                model.event(Event.GLOBAL_READ);
                model.event(Event.ATTRIBUTE_READ);
                model.event(Event.CALL);
            }
            model.access(id, 8, false);
            model.enterCall(id);
            model.event(Event.RETURN);
            model.exitCall();
        }
    }

    private static String[] outputs(Consumer<ProgramModel> setUp, boolean asLookups) throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN));
        setUp.accept(model);
        program(model, asLookups);
        Summary s = model.finish();
        return new String[]{s.format(), JsonReport.text(Report.json(s, model))};
    }

    @Test
    void offChangesNothing() throws Exception {
        String[] plain = outputs(m -> {
        }, false);
        String[] lookups = outputs(m -> {
        }, true);
        assertEquals(plain[0], lookups[0], "the summary text");
        assertEquals(plain[1], lookups[1], "summary.json");
        assertFalse(plain[0].contains("smart cache"));
        assertFalse(plain[1].contains("smart_cache"));
    }

    @Test
    void onTheSummaryAndJsonSayWhatItDid() throws Exception {
        String[] on = outputs(m -> m.setSmartCache(new SmartCache(64, 16, 0.2)), true);
        assertTrue(on[0].contains("smart cache     16 entries per tile, a hit costs 0.2 of a lookup; 400 writes snooped"), on[0]);
        assertTrue(on[0].matches("(?s).*name resolution +400 lookups: \\d+ hits.*"), on[0]);
        assertTrue(on[1].contains("\"smart_cache\""), on[1]);
        assertTrue(on[1].contains("\"saved_cycles\""), on[1]);
        String[] again = outputs(m -> m.setSmartCache(new SmartCache(64, 16, 0.2)), true);
        assertEquals(on[0], again[0]);
        assertEquals(on[1], again[1]);
    }

    @Test
    void badSizesAndCostsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SmartCache(64, 0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new SmartCache(64, 8, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new SmartCache(64, 8, Double.NaN));
    }
}
