package org.tessera.lang.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Python and JavaScript in one context: each calls the other's functions and uses its values. */
class PolyglotJsTest {
    private static Context context;

    @BeforeAll
    static void open() {
        context = Context.newBuilder("tessera", "js").option("engine.WarnInterpreterOnly", "false").allowPolyglotAccess(PolyglotAccess.ALL).build();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Value py(String code) {
        context.eval("tessera", code);
        return context.getBindings("tessera");
    }

    @Test
    void pythonEvaluatesJavaScriptAndUsesItsValues() {
        Value g = py("""
                        import polyglot
                        arr = polyglot.eval(language="js", string="[3, 1, 2]")
                        obj = polyglot.eval(language="js", string="({name: 'js', n: 41, inc: function(x) { return x + 1; }})")
                        total = 0
                        for x in arr:
                            total += x
                        summary = (len(arr), arr[0], arr[-1], sorted(arr), total)
                        attrs = (obj.name, obj.n + 1, obj.inc(1), obj.n == 41, obj.n < 42.5)
                        js_math = polyglot.eval(language="js", string="Math")
                        root = js_math.sqrt(16)
                        """);
        assertEquals("(3, 3, 2, [1, 2, 3], 6)", g.getMember("summary").toString());
        assertEquals("('js', 42, 2, True, True)", g.getMember("attrs").toString());
        assertEquals(4.0, g.getMember("root").asDouble());
    }

    @Test
    void javaScriptMethodsSeeTheirObjectAsThis() {
        Value g = py("""
                        import polyglot
                        point = polyglot.eval(language="js", string="({x: 3, y: 4, norm2() { return this.x * this.x + this.y * this.y; }})")
                        norm = point.norm2()
                        bound = point.norm2
                        """);
        assertEquals(25, g.getMember("norm").asInt());
    }

    @Test
    void javaScriptErrorsAreCaughtByPythonExcept() {
        Value g = py("""
                        import polyglot
                        fail = polyglot.eval(language="js", string="(function(m) { throw new RangeError(m); })")
                        seen = []
                        try:
                            fail("out of range")
                        except polyglot.ForeignException as e:
                            seen.append((type(e).__name__, str(e), isinstance(e, Exception)))
                        try:
                            fail("any")
                        except Exception as e:
                            seen.append("Exception")
                        try:
                            try:
                                fail("inner")
                            finally:
                                seen.append("finally")
                        except BaseException:
                            seen.append("outer")
                        def gen():
                            try:
                                yield 1
                                fail("in generator")
                            except polyglot.ForeignException as e:
                                yield str(e)
                        seen.extend(gen())
                        """);
        assertEquals("[('ForeignException', 'RangeError: out of range', True), 'Exception', 'finally', 'outer', 1, 'RangeError: in generator']",
                        g.getMember("seen").toString());
    }

    @Test
    void aJavaScriptErrorKeepsItselfThroughPython() {
        py("""
                        import polyglot
                        def relay(f):
                            try:
                                f()
                            except ValueError:
                                return "wrong handler"
                        polyglot.export_value("relay", relay)
                        def py_fail():
                            raise KeyError("k")
                        polyglot.export_value("py_fail", py_fail)
                        """);
        Value result = context.eval("js", """
                        const relay = Polyglot.import('relay');
                        const pyFail = Polyglot.import('py_fail');
                        const marker = new TypeError('from js');
                        let same = false;
                        try { relay(() => { throw marker; }); } catch (e) { same = e === marker; }
                        let pyError = '';
                        try { pyFail(); } catch (e) { pyError = String(e.message); }
                        [same, pyError]
                        """);
        assertTrue(result.getArrayElement(0).asBoolean(), "the JS error object itself comes back to JS");
        assertEquals("KeyError: 'k'", result.getArrayElement(1).asString());
    }

    @Test
    void javaScriptCallsPythonFunctionsAndClasses() {
        py("""
                        import polyglot
                        def square(x):
                            return x * x
                        class Counter:
                            def __init__(self, start):
                                self.count = start
                            def bump(self):
                                self.count += 1
                                return self.count
                        polyglot.export_value("square", square)
                        polyglot.export_value("Counter", Counter)
                        """);
        Value result = context.eval("js", """
                        const square = Polyglot.import('square');
                        const Counter = Polyglot.import('Counter');
                        const c = new Counter(10);
                        c.bump();
                        [square(7), c.bump(), c.count, square(2.5)]
                        """);
        assertEquals(49, result.getArrayElement(0).asInt());
        assertEquals(12, result.getArrayElement(1).asInt());
        assertEquals(12, result.getArrayElement(2).asInt());
        assertEquals(6.25, result.getArrayElement(3).asDouble());
    }

    @Test
    void valuesCrossThroughThePolyglotBindings() {
        context.getPolyglotBindings().putMember("fromJava", 5);
        context.eval("js", "Polyglot.export('fromJs', {k: 'v'})");
        Value g = py("""
                        import polyglot
                        five = polyglot.import_value("fromJava")
                        k = polyglot.import_value("fromJs").k
                        missing = polyglot.import_value("nothing")
                        """);
        assertEquals(5, g.getMember("five").asInt());
        assertEquals("v", g.getMember("k").asString());
        assertTrue(g.getMember("missing").isNull());
    }

    @Test
    void pythonListsAndDictsAreJavaScriptArraysAndObjects() {
        Value g = py("""
                        pylist = [1, 2, 3]
                        pydict = {"a": 1}
                        """);
        Value length = context.eval("js", "(function(xs) { let s = 0; for (const x of xs) { s += x; } return [xs.length, s]; })");
        Value r = length.execute(g.getMember("pylist"));
        assertEquals(3, r.getArrayElement(0).asInt());
        assertEquals(6, r.getArrayElement(1).asInt());
        assertTrue(g.getMember("pydict").hasHashEntries());
    }

    @Test
    void anUnknownLanguageIsAPythonError() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("import polyglot\npolyglot.eval(language='cobol', string='x')\n"));
        assertTrue(e.getMessage().startsWith("ValueError: no language 'cobol'"), e.getMessage());
    }

    @Test
    void withoutPolyglotAccessOtherLanguagesAreInvisible() {
        try (Context closed = Context.newBuilder("tessera", "js").option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> closed.eval("tessera", "import polyglot\npolyglot.eval(language='js', string='1')\n"));
            assertTrue(e.getMessage().startsWith("ValueError: no language 'js' in this context"), e.getMessage());
            e = assertThrows(PolyglotException.class, () -> closed.eval("tessera", "import polyglot\npolyglot.import_value('x')\n"));
            assertTrue(e.getMessage().startsWith("PermissionError: polyglot bindings are not accessible"), e.getMessage());
        }
    }
}
