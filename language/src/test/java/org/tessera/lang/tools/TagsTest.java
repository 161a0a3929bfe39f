package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.tessera.lang.tools.TestInstrument.Event;

import com.oracle.truffle.api.interop.InteropLibrary;

/** Each of Tessera's tags fires where it should, as often as it should, with its operands and node object. */
class TagsTest {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private static List<Event> record(String program, String... tags) {
        try (Harness h = new Harness()) {
            List<Event> events = h.instrument.record(new ArrayList<>(), tags);
            h.run(program);
            return events;
        }
    }

    private static Map<String, Integer> countBy(List<Event> events, String member) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event e : events) {
            counts.merge(e.member(member), 1, Integer::sum);
        }
        return counts;
    }

    private static Object member(Object receiver, String name) throws Exception {
        return INTEROP.readMember(receiver, name);
    }

    @Test
    void attributeReadsSeeTheReceiver() throws Exception {
        List<Event> events = record("""
                        class P:
                            def __init__(self, x):
                                self.x = x
                        p = P(3)
                        total = 0
                        for i in range(4):
                            total += p.x
                        p.x += 1
                        p.show = p.__init__
                        """, "AttributeRead");
        assertEquals(6, events.size(), "4 reads of p.x, one in p.x += 1, and p.__init__");
        assertEquals(Map.of("x", 5, "__init__", 1), countBy(events, "name"));
        for (Event e : events) {
            Object receiver = e.input(0);
            assertNotNull(receiver, "receiver delivered as input 0");
            assertTrue(INTEROP.isMemberReadable(receiver, "x"));
        }
        assertEquals(3L, INTEROP.asLong(events.get(0).result()));
        assertEquals(4L, INTEROP.asLong(member(events.get(0).input(0), "x")), "the receiver is the object itself, which ends with x == 4");
    }

    @Test
    void attributeWrites() throws Exception {
        List<Event> events = record("""
                        class P:
                            def __init__(self, x):
                                self.x = x
                        p = P(3)
                        p.y = 7
                        del p.y
                        p.x += 1
                        """, "AttributeWrite");
        assertEquals(4, events.size());
        assertEquals(Map.of("x", 2, "y", 2), countBy(events, "name"));
        Event init = events.get(0);
        assertEquals(3L, INTEROP.asLong(init.input(1)), "the value is input 1");
        assertTrue(INTEROP.hasMembers(init.input(0)));
    }

    @Test
    void elementReadsAndWrites() throws Exception {
        String program = """
                        xs = [0] * 3
                        d = {}
                        for i in range(3):
                            xs[i] = i * 2
                            d[i] = xs[i]
                        s = xs[0] + xs[-1]
                        del d[0]
                        xs[1] += 5
                        """;
        List<Event> reads = record(program, "ElementRead");
        assertEquals(6, reads.size());
        for (Event e : reads) {
            assertTrue(INTEROP.hasArrayElements(e.input(0)), "receiver is the list");
            assertInstanceOf(Long.class, e.input(1), "key is input 1");
        }
        assertEquals(-1L, reads.get(4).input(1));
        List<Event> writes = record(program, "ElementWrite");
        assertEquals(8, writes.size());
        assertTrue(INTEROP.hasHashEntries(writes.get(1).input(0)), "d[i] = ... writes into the dict");
        assertEquals(4L, INTEROP.asLong(writes.get(4).input(2)), "the value is input 2");
    }

    @Test
    void globalReadsIncludeBuiltins() {
        List<Event> events = record("""
                        g = 5
                        def f():
                            return g + len("ab")
                        f()
                        f()
                        """, "GlobalRead");
        assertEquals(Map.of("f", 2, "g", 2, "len", 2), countBy(events, "name"));
    }

    @Test
    void globalWritesAreModuleBindingsAndGlobalDeclaredOnes() {
        List<Event> events = record("""
                        g = 5
                        def f():
                            global g
                            local = g
                            g = local + 1
                        f()
                        f()
                        """, "GlobalWrite");
        // g at module level, def f (a binding of f), and g inside f twice; the local is not a global write.
        assertEquals(Map.of("f", 1, "g", 3), countBy(events, "name"));
    }

    @Test
    void arithmeticAndComparisons() {
        List<Event> events = record("""
                        a = 3
                        b = a * 2 + 1
                        c = -a
                        t = a < b <= 10
                        u = a is None
                        v = 2 in [1, 2]
                        w = not u
                        a += 1
                        def h():
                            x = 0
                            x += 2
                            return x
                        h()
                        """, "Arithmetic");
        List<String> operators = events.stream().map(e -> e.member("operator")).toList();
        assertEquals(List.of("*", "+", "-", "< <=", "is", "in", "not", "+=", "+="), operators);
        assertEquals(7L, events.get(1).result());
        assertEquals(6L, events.get(1).input(0), "operands are inputs");
        assertEquals(1L, events.get(1).input(1));
        assertEquals("x", events.get(8).member("name"));
    }

    @Test
    void constants() {
        List<Event> events = record("""
                        x = 1
                        y = 2.5
                        z = "s"
                        w = True
                        n = None
                        for i in range(3):
                            x = 7
                        """, "Constant");
        assertEquals(9, events.size());
        assertEquals(List.of(1L, 2.5, "s", true), events.subList(0, 4).stream().map(Event::result).toList());
    }

    @Test
    void branches() {
        List<Event> events = record("""
                        n = 0
                        while n < 3:
                            n += 1
                        if n == 3:
                            r = 1 if n else 2
                        q = n and 0
                        """, "Branch");
        assertEquals(List.of("while", "while", "while", "while", "if", "conditional", "and"), events.stream().map(e -> e.member("kind")).toList());
        assertEquals(List.of(true, true, true, false, true, true), events.subList(0, 6).stream().map(Event::result).toList());
        assertEquals(false, events.get(3).input(0), "the tested value (of n < 3) is input 0");
        assertEquals(3L, events.get(5).input(0), "the tested value (of n) is input 0");
        assertEquals(0L, events.get(6).result(), "and/or yield the deciding operand");
    }

    @Test
    void loopBodiesOncePerIteration() {
        List<Event> events = record("""
                        for i in range(5):
                            pass
                        k = 0
                        while k < 3:
                            k += 1
                            if k == 2:
                                continue
                        sq = [x * x for x in range(4)]
                        for i in range(10):
                            if i == 2:
                                break
                        """, "Loop");
        assertEquals(5 + 3 + 4 + 3, events.size());
        assertEquals(2, events.stream().filter(e -> e.exception() != null).count(), "continue and break end an iteration exceptionally");
    }

    @Test
    void generatorLoopBodiesAreLeftAtEachYieldAndReenteredOnResume() {
        List<Event> events = record("""
                        def gen():
                            for j in range(2):
                                yield j
                        list(gen())
                        """, "Loop");
        assertEquals(4, events.size(), "two iterations, each left at its yield and entered again when resumed");
        assertEquals(2, events.stream().filter(e -> e.exception() != null).count());
    }

    @Test
    void allocationSites() throws Exception {
        List<Event> events = record("""
                        for i in range(3):
                            a = [i]
                            t = (i, i)
                            s = {i}
                            d = {i: i}
                        c = [x for x in range(2)]
                        g = (x for x in range(2))
                        def f():
                            pass
                        class K:
                            pass
                        lam = lambda: 0
                        """, "Allocation");
        assertEquals(Map.of("list", 4, "tuple", 3, "set", 3, "dict", 3, "generator", 1, "function", 2, "class", 1), countBy(events, "type"));
        assertEquals(2L, INTEROP.getArraySize(events.get(12).result()), "the comprehension's list is the return value");
    }

    @Test
    void builtinCalls() {
        List<Event> events = record("""
                        xs = []
                        for i in range(3):
                            xs.append(len("ab"))
                        ys = sorted(xs)
                        """, "BuiltinCall");
        Map<String, Integer> names = countBy(events, "name");
        assertEquals(3, names.get("len"));
        assertEquals(3, names.get("list.append"));
        assertEquals(1, names.get("sorted"));
    }

    @Test
    void parallelRegionsTasksBarriersAndJoins() throws Exception {
        List<String> trace = new ArrayList<>();
        List<Event> events;
        try (Harness h = new Harness()) {
            events = h.instrument.record(trace, "Parallel", "Task", "Barrier", "Join");
            h.run("""
                            import tiles
                            r = tiles.map(lambda x: x + 1, [1, 2, 3])
                            h = tiles.spawn(max, 4, 9)
                            tiles.barrier()
                            v = h.result()
                            """);
        }
        assertEquals(List.of("enter Parallel", "enter Task", "return Task", "enter Task", "return Task", "enter Task", "return Task", "return Parallel",
                        "enter Parallel", "enter Task", "return Task", "return Parallel", "enter Barrier", "return Barrier", "enter Join", "return Join"), trace);
        List<Event> regions = events.stream().filter(e -> e.tag().equals("Parallel")).toList();
        assertEquals(List.of("map", "spawn"), regions.stream().map(e -> e.member("kind")).toList());
        assertEquals(3L, INTEROP.getArraySize(regions.get(0).result()));
        Object handle = regions.get(1).result();
        assertEquals(1L, INTEROP.asLong(member(handle, "id")));
        assertEquals(List.of(2L, 3L, 4L, 9L), events.stream().filter(e -> e.tag().equals("Task")).map(Event::result).toList());
        Event join = events.stream().filter(e -> e.tag().equals("Join")).findFirst().orElseThrow();
        assertEquals(handle, join.input(0), "the join names its task's handle as input 0");
        assertEquals(9L, join.result());
        assertNull(events.stream().filter(e -> e.tag().equals("Barrier")).findFirst().orElseThrow().exception());
    }
}
