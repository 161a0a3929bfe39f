package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.tessera.lang.tools.TestInstrument.Allocation;

import com.oracle.truffle.api.interop.InteropLibrary;

/** Python objects are reported to the AllocationReporter as they are made, with CPython-like sizes; growing containers as re-allocations. */
class AllocationsTest {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private static Map<String, Integer> newObjectsByType(List<Allocation> allocations) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Allocation a : allocations) {
            if (a.oldSize() == 0) {
                counts.merge(a.type(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void instancesAndContainers() {
        List<Allocation> allocations;
        try (Harness h = new Harness()) {
            allocations = h.instrument.recordAllocations();
            h.run("""
                            class A:
                                def __init__(self, i):
                                    self.i = i
                                    self.j = i
                            objs = []
                            for i in range(10):
                                objs.append(A(i))
                            t = tuple(objs)
                            d = {"k": 1}
                            s = {1, 2}
                            """);
        }
        Map<String, Integer> created = newObjectsByType(allocations);
        assertEquals(10, created.get("A"));
        assertEquals(1, created.get("list"));
        assertEquals(1, created.get("tuple"));
        assertEquals(1, created.get("set"));
        List<Allocation> instances = allocations.stream().filter(a -> a.type().equals("A")).toList();
        assertEquals(56, instances.get(0).newSize(), "the first instance: no attributes known yet");
        assertEquals(56 + 2 * 8, instances.get(1).newSize(), "later ones: as many as the previous instance had");
        Allocation tuple = allocations.stream().filter(a -> a.type().equals("tuple")).findFirst().orElseThrow();
        assertEquals(40 + 10 * 8, tuple.newSize());
        assertEquals(10L, arraySize(tuple.value()));
        Allocation dict = allocations.stream().filter(a -> a.type().equals("dict") && a.oldSize() == 0).reduce((a, b) -> b).orElseThrow();
        assertEquals(224, dict.newSize(), "a small dict, as CPython 3.11's sys.getsizeof");
    }

    private static long arraySize(Object value) {
        try {
            return INTEROP.getArraySize(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void growingListIsReallocated() {
        List<Allocation> allocations;
        try (Harness h = new Harness()) {
            allocations = h.instrument.recordAllocations();
            h.run("""
                            xs = []
                            for i in range(20):
                                xs.append(i)
                            """);
        }
        List<Allocation> lists = allocations.stream().filter(a -> a.type().equals("list")).toList();
        Object xs = lists.get(0).value();
        assertEquals(56, lists.get(0).newSize());
        List<Allocation> growth = lists.stream().filter(a -> a.oldSize() > 0).toList();
        assertTrue(growth.size() >= 3, "0 -> 8 -> 12 -> 18 -> 27 slots");
        for (Allocation g : growth) {
            assertSame(xs, g.value());
            assertTrue(g.newSize() > g.oldSize());
        }
        assertEquals(56 + 8 * 8, growth.get(0).newSize());
    }

    @Test
    void closuresFunctionsAndBoundMethods() {
        List<Allocation> allocations;
        try (Harness h = new Harness()) {
            allocations = h.instrument.recordAllocations();
            h.run("""
                            def make(n):
                                def get():
                                    return n
                                return get
                            fs = [make(i) for i in range(3)]
                            class C:
                                def m(self):
                                    return 1
                            c = C()
                            bound = c.m
                            """);
        }
        Map<String, Integer> created = newObjectsByType(allocations);
        assertEquals(3, created.get("cell"), "one cell per call of make");
        assertTrue(created.get("function") >= 4, "make, the three closures, and the comprehension and class body functions");
        assertEquals(1, created.get("method"));
        assertEquals(1, created.get("type"), "the class C");
        assertEquals(1, created.get("C"));
    }

    @Test
    void twoContextsOfOneEngineReportIndependently() {
        try (Harness h = new Harness();
                        org.graalvm.polyglot.Context second = org.graalvm.polyglot.Context.newBuilder("tessera").engine(h.engine).allowAllAccess(true).build()) {
            // Truffle 25.0.3 adds an allocation listener to the engine's reporter once more for each
            // language context created after it was attached: start both contexts first.
            second.initialize("tessera");
            h.context.initialize("tessera");
            List<Allocation> allocations = h.instrument.recordAllocations();
            second.eval("tessera", "xs = [[i] for i in range(5)]");
            h.run("ys = [(i,) for i in range(4)]");
            Map<String, Integer> created = newObjectsByType(allocations);
            assertEquals(5 + 1 + 1, created.get("list"), "five small lists and the comprehension's result in the second context, one in the first");
            assertEquals(4, created.get("tuple"));
        }
    }
}
