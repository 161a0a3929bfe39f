package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The heap as a tool walks it through interop: attributes as members, sequences as arrays, dicts as hash entries. */
class InteropTest {
    private static Harness h;

    @BeforeAll
    static void run() {
        h = new Harness();
        h.run("""
                        import collections
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm(self):
                                return self.x * self.x + self.y * self.y
                        p = Point(1, 2)
                        xs = [1, "two", p]
                        t = (3, 4.5)
                        d = {"a": 1, 2: [5]}
                        s = {7, 8}
                        def make_adder(n, scale=3):
                            def add(v):
                                return v * scale + n
                            return add
                        add5 = make_adder(5)
                        bound = p.norm
                        dq = collections.deque([1, 2])
                        class Tagged(list):
                            pass
                        tagged = Tagged([9])
                        tagged.label = "x"
                        it = iter(xs)
                        try:
                            1 / 0
                        except ZeroDivisionError as e:
                            err = e
                        """);
    }

    @AfterAll
    static void close() {
        h.close();
    }

    @Test
    void instanceAttributesAreMembers() {
        Value p = h.global("p");
        assertEquals(Set.of("x", "y"), p.getMemberKeys());
        assertEquals(2, p.getMember("y").asInt());
        assertEquals("Point", p.getMetaObject().getMetaSimpleName());
    }

    @Test
    void sequencesAreArrays() {
        Value xs = h.global("xs");
        assertEquals(3, xs.getArraySize());
        assertEquals("two", xs.getArrayElement(1).asString());
        assertEquals(1, xs.getArrayElement(2).getMember("x").asInt());
        Value t = h.global("t");
        assertEquals(2, t.getArraySize());
        assertEquals(4.5, t.getArrayElement(1).asDouble());
        Value dq = h.global("dq");
        assertEquals(2, dq.getArraySize());
        assertEquals(2, dq.getArrayElement(1).asInt());
        assertFalse(xs.hasMembers(), "a plain list has no attributes");
    }

    @Test
    void dictsAreHashes() {
        Value d = h.global("d");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(1, d.getHashValue("a").asInt());
        assertEquals(5, d.getHashValue(2).getArrayElement(0).asInt());
        List<String> keys = new ArrayList<>();
        Value entries = d.getHashEntriesIterator();
        while (entries.hasIteratorNextElement()) {
            Value entry = entries.getIteratorNextElement();
            Value key = entry.getArrayElement(0);
            keys.add(key.isString() ? key.asString() : String.valueOf(key.asInt()));
        }
        assertEquals(List.of("a", "2"), keys, "insertion order");
    }

    @Test
    void setsIterate() {
        Value s = h.global("s");
        assertTrue(s.hasIterator());
        List<Integer> elements = new ArrayList<>();
        Value iterator = s.getIterator();
        while (iterator.hasIteratorNextElement()) {
            elements.add(iterator.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(8, 7), elements, "CPython's iteration order, as print shows it: {8, 7}");
    }

    @Test
    void functionsShowTheirClosureDefaultsAndGlobals() {
        Value add5 = h.global("add5");
        Value closure = add5.getMember("__closure__");
        assertEquals(2, closure.getArraySize());
        List<Integer> contents = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            contents.add(closure.getArrayElement(i).getMember("cell_contents").asInt());
        }
        assertEquals(Set.of(5, 3), Set.copyOf(contents));
        assertEquals(1, h.global("make_adder").getMember("__defaults__").getArraySize());
        assertTrue(add5.getMember("__globals__").hasMember("p"));
        assertEquals("add", add5.getMember("__name__").asString());
    }

    @Test
    void boundMethodsModulesAndSubclassInstances() {
        Value bound = h.global("bound");
        assertEquals(1, bound.getMember("__self__").getMember("x").asInt());
        assertEquals("norm", bound.getMember("__func__").getMember("__name__").asString());
        assertTrue(h.global("collections").hasMember("deque"));
        Value tagged = h.global("tagged");
        assertEquals(1, tagged.getArraySize());
        assertEquals("x", tagged.getMember("label").asString());
        assertEquals(Set.of("label"), tagged.getMemberKeys());
        Value err = h.global("err");
        assertEquals("division by zero", err.getMember("args").getArrayElement(0).asString());
    }

    @Test
    void theTopScopeIsMainsGlobals() {
        Value bindings = h.context.getBindings("tessera");
        assertTrue(bindings.getMemberKeys().containsAll(Set.of("p", "xs", "d", "add5", "collections")));
        assertFalse(bindings.getMemberKeys().stream().anyMatch(k -> k.startsWith("<")), "loaded modules are internal members");
    }
}
