package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tessera.lang.tools.TestInstrument.FrameVariables;

import com.oracle.truffle.api.interop.InteropLibrary;

/** The live variables of every active frame, as a tool finds them through NodeLibrary while the program runs. */
class ScopesTest {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private static Object value(Object v) {
        try {
            return INTEROP.isNumber(v) ? INTEROP.asLong(v) : INTEROP.isString(v) ? INTEROP.asString(v) : v;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> values(Map<String, Object> members) {
        Map<String, Object> values = new java.util.TreeMap<>();
        members.forEach((k, v) -> values.put(k, value(v)));
        return values;
    }

    @Test
    void everyActiveFrameShowsItsLocals() throws Exception {
        List<List<FrameVariables>> captures;
        try (Harness h = new Harness()) {
            captures = h.instrument.captureFrames(5);
            h.run("""
                            def outer(a):
                                b = a * 2
                                def inner(c):
                                    d = c + b
                                    return d
                                return inner(a + 1)
                            items = [1, 2]
                            for item in items:
                                r = outer(10 + item)
                            """);
        }
        assertEquals(2, captures.size(), "line 5 runs once per call of outer");
        List<FrameVariables> frames = captures.get(0);
        assertEquals(List.of("inner", "outer", "<module>"), frames.stream().map(FrameVariables::root).toList());
        assertEquals(Map.of("c", 12L, "d", 34L, "b", 22L), values(frames.get(0).members()));
        Map<String, Object> outer = frames.get(1).members();
        assertEquals(Set.of("a", "b", "inner"), outer.keySet());
        assertEquals(11L, value(outer.get("a")));
        assertEquals("inner", value(INTEROP.readMember(outer.get("inner"), "__name__")));
        assertTrue(frames.get(0).internal().containsKey("<cell b>"), "the captured cell keeps b alive");
        assertTrue(frames.get(0).internal().containsKey("<arg0>"), "the running function");
        assertEquals(Map.of(), frames.get(2).members(), "module code keeps its variables in the globals");
        assertTrue(frames.get(2).internal().keySet().stream().anyMatch(k -> k.startsWith("<temp")), "the for loop's iterator is a temporary");
        Object globals = INTEROP.getScopeParent(frames.get(2).scope());
        assertTrue(INTEROP.isScope(globals));
        assertTrue(INTEROP.isMemberReadable(globals, "items"));
        assertTrue(INTEROP.isMemberReadable(INTEROP.getScopeParent(frames.get(0).scope()), "outer"), "a function's parent scope is its module");
    }

    @Test
    void generatorFramesAndBuiltinFrames() throws Exception {
        List<List<FrameVariables>> captures;
        try (Harness h = new Harness()) {
            captures = h.instrument.captureFrames(5);
            h.run("""
                            def gen(n):
                                total = 0
                                for i in range(n):
                                    total += i
                                    yield total
                            g = gen(3)
                            first = next(g)
                            rest = list(g)
                            """);
        }
        List<FrameVariables> second = captures.stream().filter(frames -> values(frames.get(0).members()).equals(Map.of("n", 3L, "total", 1L, "i", 1L)))
                        .findFirst().orElseThrow(() -> new AssertionError("no capture at the second yield: " + captures));
        assertEquals("gen", second.get(0).root(), "the generator's own frame, resumed");
        assertEquals("list.__new__", second.get(1).root(), "the builtin that drives it has a frame too");
        Object arguments = second.get(1).internal().get("<arg2>");
        assertTrue(INTEROP.isMemberReadable(INTEROP.readArrayElement(arguments, 0), "gi_frame"), "its arguments, (generator,), are internal members");
    }

    @Test
    void iteratorsGeneratorsAndModulesExposeWhatTheyHoldOn() throws Exception {
        try (Harness h = new Harness()) {
            h.run("""
                            import collections
                            xs = [1, 2, 3]
                            it = iter(xs)
                            def gen():
                                local = [4]
                                yield 1
                            g = gen()
                            next(g)
                            """);
            h.context.enter();
            try {
                Object top = h.instrument.topScope();
                assertTrue(INTEROP.isScope(top));
                Object iterator = INTEROP.readMember(top, "it");
                assertEquals(Set.of("list"), TestInstrument.members(iterator, true).keySet(), "an iterator's reference is an internal member");
                assertEquals(Map.of(), TestInstrument.members(iterator, false));
                Object frame = INTEROP.readMember(INTEROP.readMember(top, "g"), "gi_frame");
                assertTrue(INTEROP.isScope(frame));
                assertEquals(1L, INTEROP.getArraySize(INTEROP.readMember(frame, "local")));
                Map<String, Object> internal = TestInstrument.members(top, true);
                assertTrue(internal.containsKey("<module collections>"), "every loaded module is reachable from the top scope");
                assertTrue(internal.containsKey("<module _collections>"));
            } finally {
                h.context.leave();
            }
        }
    }
}
