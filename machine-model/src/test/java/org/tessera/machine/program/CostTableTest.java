package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.ConfigException;

class CostTableTest {
    @TempDir
    Path dir;

    @Test
    void everyPresetLoadsAndHasItsFile() throws Exception {
        Path costs = Path.of(CostTable.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("org/tessera/machine/costs");
        try (Stream<Path> files = Files.list(costs)) {
            Set<String> names = files.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).collect(Collectors.toSet());
            assertEquals(Set.copyOf(CostTable.presets()), names);
        }
        for (String name : CostTable.presets()) {
            CostTable table = CostTable.load(name);
            assertEquals(name, table.name());
            assertFalse(table.description().isBlank(), name);
        }
    }

    @Test
    void cpythonLikeReproducesIsmailAndSuhOnItsCalibrationMix() throws Exception {
        CostTable table = CostTable.load("cpython-like");
        Map<Event, Double> mix = table.calibrationMix();
        assertEquals(Event.values().length, mix.size());
        Map<Category, Double> shares = table.breakdown(mix);
        for (Category c : Category.values()) {
            if (c.inCostTables()) {
                assertEquals(c.cpythonPercent(), table.calibrationTargets().get(c), 1e-9, "the targets are Ismail & Suh's averages: " + c);
                assertEquals(c.cpythonPercent(), shares.get(c), 1.0, c.label());
            }
        }
        assertEquals(0.0, shares.get(Category.REMOTE_ACCESS));
        assertEquals(45, table.meanCycles(mix), 1.0, "calibrated at 45 cycles per event on average");
    }

    @Test
    void interpretersAndCompiledCodeSpendLessOnDispatchAndNames() throws Exception {
        CostTable cpython = CostTable.load("cpython-like");
        CostTable truffle = CostTable.load("truffle-interpreter");
        CostTable compiled = CostTable.load("compiled");
        Map<Event, Double> mix = cpython.calibrationMix();
        for (Event e : Event.values()) {
            for (Category c : new Category[]{Category.DISPATCH, Category.NAME_RESOLUTION}) {
                assertTrue(truffle.cycles(e, c) <= cpython.cycles(e, c), e + " " + c);
                assertTrue(compiled.cycles(e, c) <= truffle.cycles(e, c), e + " " + c);
            }
            assertEquals(0, compiled.cycles(e, Category.DISPATCH), "compiled code has no dispatch: " + e);
            assertEquals(0, truffle.cycles(e, Category.GC), "no reference counting in a Truffle interpreter: " + e);
        }
        double truffleSpeedup = cpython.meanCycles(mix) / truffle.meanCycles(mix);
        double compiledSpeedup = cpython.meanCycles(mix) / compiled.meanCycles(mix);
        assertEquals(1.45, truffleSpeedup, 0.05, "as truffle-interpreter.yaml says");
        assertEquals(5.7, compiledSpeedup, 0.1, "as compiled.yaml says");
        assertEquals(cpython.calibrationMix(), compiled.calibrationMix(), "the mix is inherited");
        assertTrue(compiled.calibrationTargets().isEmpty(), "but not the targets of a table whose costs changed");
    }

    @Test
    void hardwareVariantsShrinkTheirCategoriesOnly() throws Exception {
        CostTable cpython = CostTable.load("cpython-like");
        Map<String, Set<Category>> shrunk = Map.of("cpython-like+name-cache", Set.of(Category.NAME_RESOLUTION), "cpython-like+hw-typecheck",
                        Set.of(Category.TYPE_CHECK, Category.BOXING), "cpython-like+hw-dispatch", Set.of(Category.DISPATCH), "cpython-like+hw-all",
                        Set.of(Category.NAME_RESOLUTION, Category.TYPE_CHECK, Category.BOXING, Category.DISPATCH));
        Map<Event, Double> mix = cpython.calibrationMix();
        for (Map.Entry<String, Set<Category>> v : shrunk.entrySet()) {
            CostTable table = CostTable.load(v.getKey());
            for (Category c : Category.values()) {
                double before = share(cpython, mix, c);
                double after = share(table, mix, c);
                if (v.getValue().contains(c)) {
                    assertTrue(after < before * 0.7, v.getKey() + " shrinks " + c + " (halving a 1-cycle cost still leaves 1)");
                } else {
                    assertEquals(before, after, 1e-9, v.getKey() + " leaves " + c);
                }
            }
            assertEquals(cpython.gc(), table.gc());
        }
    }

    /** Cycles per 1,000 events of the mix in one category. */
    private static double share(CostTable table, Map<Event, Double> mix, Category c) {
        double sum = 0;
        for (Map.Entry<Event, Double> m : mix.entrySet()) {
            sum += m.getValue() * table.cycles(m.getKey(), c);
        }
        return sum;
    }

    @Test
    void aFileStartsFromABaseThenScalesThenSets() throws Exception {
        Path file = write("mine.yaml", """
                        base: cpython-like
                        scale: {dispatch: 0.5}
                        events:
                          call: {dispatch: 100, useful_work: 7}
                        gc: {base_cycles: 9}
                        """);
        CostTable cpython = CostTable.load("cpython-like");
        CostTable mine = CostTable.load(file.toString());
        assertEquals("mine", mine.name());
        assertEquals(Math.round(cpython.cycles(Event.ARITHMETIC, Category.DISPATCH) * 0.5), mine.cycles(Event.ARITHMETIC, Category.DISPATCH));
        assertEquals(100, mine.cycles(Event.CALL, Category.DISPATCH));
        assertEquals(7, mine.cycles(Event.CALL, Category.USEFUL_WORK));
        assertEquals(cpython.cycles(Event.CALL, Category.FUNCTION_SETUP), mine.cycles(Event.CALL, Category.FUNCTION_SETUP));
        assertEquals(9, mine.gc().baseCycles());
        assertEquals(cpython.gc().cyclesPerLiveObject(), mine.gc().cyclesPerLiveObject());
        assertEquals(cpython.parallel(), mine.parallel());

        Path derived = write("derived.yaml", "base: mine.yaml\nname: derived\n");
        assertEquals(100, CostTable.load(derived.toString()).cycles(Event.CALL, Category.DISPATCH), "a base path is relative to the file");
    }

    @Test
    void errorsNameTheFileTheLineAndTheKey() throws Exception {
        assertError("base: cpython-like\nevents:\n  call: {dispatchh: 3}\n", ":3: events.call.dispatchh: unknown category (did you mean dispatch?)");
        assertError("base: cpython-like\nevents:\n  cal: {dispatch: 3}\n", ":3: events.cal: unknown event (did you mean call?)");
        assertError("base: cpython-like\nevents:\n  call:\n    dispatch: -3\n", ":4: events.call.dispatch: must be between 0 and 1000000000, got -3");
        assertError("base: cpython-like\nevents:\n  call: {dispatch: 2.5}\n", ":3: events.call.dispatch: expected a whole number of cycles, got '2.5'");
        assertError("base: cpython-like\nscale: {remote_access: 2}\n", ":2: scale.remote_access: is charged by the network model, not by a cost table");
        assertError("base: cpython-like\ngc:\n  hardware_trigger: 3\n", ":3: gc.hardware_trigger: must be between 0.01 and 1, got 3");
        assertError("base: cpython-like\ngcc: {}\n", ":2: gcc: unknown key (did you mean gc?)");
        assertError("base: cpython-lke\n", ":1: base: cannot load 'cpython-lke': cpython-lke: no cost table of that name (did you mean cpython-like?)");
        assertError("events:\n  call: {dispatch: 3}\n", ":1: gc.base_cycles: missing (a table without a base must give it)");
        assertError("base: cpython-like\nevents: [1, 2\n", ": not valid YAML");
        assertError("base: cpython-like\nname: a\nname: b\n", ":3: name: duplicate key (first given at line 2)");
    }

    @Test
    void aCycleOfBasesIsAnError() throws Exception {
        write("a.yaml", "base: b.yaml\n");
        Path b = write("b.yaml", "base: a.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> CostTable.load(b.toString()));
        assertTrue(e.getMessage().contains("base tables form a cycle"), e.getMessage());
    }

    @Test
    void anUnknownNameListsThePresets() {
        ConfigException e = assertThrows(ConfigException.class, () -> CostTable.load("compild"));
        assertEquals("compild: no cost table of that name (did you mean compiled?) and no such file; presets: " + String.join(", ", CostTable.presets()),
                        e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = write("bad.yaml", yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> CostTable.load(file.toString()));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().startsWith(file + (expected.startsWith(":") ? "" : ":")) && e.getMessage().contains(expected),
                        "expected '" + expected + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
