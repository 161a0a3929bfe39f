package org.tessera.lang.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.PolyglotException.StackFrame;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Python values as a Java embedder sees them through the polyglot API. */
class InteropValuesTest {
    private static Context context;
    private static Value g;

    @BeforeAll
    static void open() {
        context = Context.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").allowAllAccess(true).build();
        context.eval("tessera", """
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm2(self):
                                return self.x * self.x + self.y * self.y
                            def __repr__(self):
                                return f"Point({self.x}, {self.y})"
                        def fail(message):
                            raise ValueError(message)
                        def outer():
                            return fail("deep")
                        def leave(status):
                            raise SystemExit(status)
                        def countdown(n):
                            while n > 0:
                                yield n
                                n -= 1
                        p = Point(3, 4)
                        big = 2 ** 70
                        words = {"one": 1, "two": 2}
                        """);
        g = context.getBindings("tessera");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void functionsExecuteAndClassesInstantiate() {
        Value point = g.getMember("Point").newInstance(5, 12);
        assertEquals(169, point.invokeMember("norm2").asInt());
        assertEquals(5, point.getMember("x").asInt());
        assertEquals("Point(5, 12)", point.toString(), "toDisplayString is repr");
        assertTrue(g.getMember("Point").canExecute(), "calling a class makes an instance too");
        assertEquals(25, g.getMember("Point").execute(3, 4).invokeMember("norm2").asInt());
        point.putMember("x", 0);
        assertEquals(144, point.invokeMember("norm2").asInt());
    }

    @Test
    void metaObjectsAreClassesWithQualifiedNames() {
        Value point = g.getMember("p");
        Value type = point.getMetaObject();
        assertEquals("Point", type.getMetaSimpleName());
        assertEquals("__main__.Point", type.getMetaQualifiedName());
        assertTrue(type.isMetaInstance(point));
        assertFalse(type.isMetaInstance(g.getMember("big")));
        assertEquals("int", g.getMember("big").getMetaObject().getMetaQualifiedName());
    }

    @Test
    void numbersFitWhereTheyFit() {
        Value big = g.getMember("big");
        assertTrue(big.isNumber() && big.fitsInBigInteger() && !big.fitsInLong());
        assertEquals(BigInteger.TWO.pow(70), big.asBigInteger());
        Value small = context.eval("tessera", "1").getContext().getBindings("tessera").getMember("p").getMember("y");
        assertTrue(small.fitsInByte() && small.fitsInInt() && small.fitsInDouble());
        Value half = g.getMember("fail").getContext().asValue(0.5);
        assertTrue(half.fitsInDouble() && !half.fitsInLong());
    }

    @Test
    void dictsAreHashesAndIteratorsIterate() {
        Value words = g.getMember("words");
        assertEquals(2, words.getHashSize());
        assertEquals(2, words.getHashValue("two").asInt());
        List<Integer> counted = new ArrayList<>();
        Value it = g.getMember("countdown").execute(3);
        assertTrue(it.isIterator());
        while (it.hasIteratorNextElement()) {
            counted.add(it.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(3, 2, 1), counted);
        List<String> keys = new ArrayList<>();
        Value keyIterator = words.getIterator();
        while (keyIterator.hasIteratorNextElement()) {
            keys.add(keyIterator.getIteratorNextElement().asString());
        }
        assertEquals(List.of("one", "two"), keys, "iterating a dict gives its keys, in insertion order");
    }

    @Test
    void exceptionsCarryTypeMessageAndPythonFrames() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> g.getMember("outer").execute());
        assertTrue(e.isGuestException());
        assertEquals("ValueError: deep", e.getMessage());
        assertEquals("ValueError", e.getGuestObject().getMetaObject().getMetaSimpleName());
        assertTrue(e.getGuestObject().isException());
        List<String> frames = new ArrayList<>();
        for (StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                frames.add(frame.getRootName() + ":" + frame.getSourceLocation().getStartLine());
            }
        }
        assertTrue(frames.containsAll(List.of("fail:10", "outer:12")), frames.toString());
    }

    @Test
    void systemExitIsAnExitWithItsStatus() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> g.getMember("leave").execute(3));
        assertTrue(e.isExit());
        assertEquals(3, e.getExitStatus());
    }

    @Test
    void identityIsPythonIdentity() {
        assertEquals(g.getMember("p"), g.getMember("p"));
        assertNotEquals(g.getMember("p"), g.getMember("Point").newInstance(3, 4));
    }
}
