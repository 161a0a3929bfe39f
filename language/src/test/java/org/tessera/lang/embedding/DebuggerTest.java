package org.tessera.lang.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;

/** The Truffle Debugger on Python code: breakpoints, locals and globals, evaluation in a frame, stepping. */
class DebuggerTest {
    private static final String PROGRAM = """
                    def double(a):
                        b = a * 2
                        return b + 1

                    def main():
                        x = 5
                        y = double(x)
                        z = y + 1
                        return z

                    total = main()
                    """;

    private Context context;
    private Source source;

    @BeforeEach
    void open() {
        context = Context.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").build();
        source = Source.newBuilder("tessera", PROGRAM, "debugged.py").buildLiteral();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static Map<String, String> locals(DebugStackFrame frame) {
        Map<String, String> values = new LinkedHashMap<>();
        DebugScope scope = frame.getScope();
        for (DebugValue v : scope.getDeclaredValues()) {
            values.put(v.getName(), v.toDisplayString());
        }
        return values;
    }

    @Test
    void aBreakpointShowsLocalsGlobalsAndEvaluatesInTheFrame() {
        List<String> seen = new ArrayList<>();
        Debugger debugger = Debugger.find(context.getEngine());
        try (DebuggerSession session = debugger.startSession((SuspendedEvent event) -> {
            DebugStackFrame top = event.getTopStackFrame();
            seen.add(top.getName() + ":" + top.getSourceSection().getStartLine() + " " + locals(top));
            seen.add("eval " + top.eval("a + b * 10").toDisplayString());
            seen.add("eval " + top.eval("len([a, b]) + abs(-1)").toDisplayString());
            List<String> callers = new ArrayList<>();
            for (DebugStackFrame frame : event.getStackFrames()) {
                callers.add(frame.getName());
            }
            seen.add("stack " + callers);
            DebugScope globals = event.getSession().getTopScope("tessera");
            seen.add("globals have double and main: " + (globals.getDeclaredValue("double") != null && globals.getDeclaredValue("main") != null));
        })) {
            session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
            context.eval(source);
        }
        // the scope also lists, as internal members for tools, what the frame keeps alive (<arg0>: the function)
        assertTrue(seen.get(0).startsWith("double:3 {a=5, b=10, <arg0>=<function double"), seen.get(0));
        assertEquals(List.of("eval 105", "eval 3", "stack [double, main, <module>]", "globals have double and main: true"), seen.subList(1, 5));
        assertEquals(12, context.getBindings("tessera").getMember("total").asInt());
    }

    @Test
    void steppingIntoOverAndOut() {
        List<Integer> lines = new ArrayList<>();
        Debugger debugger = Debugger.find(context.getEngine());
        int[] step = {0};
        try (DebuggerSession session = debugger.startSession((SuspendedEvent event) -> {
            lines.add(event.getSourceSection().getStartLine());
            // line 6 (x = 5): over; 7 (y = double(x)): into; 2: over; 3: out; back in main: over to the end
            switch (step[0]++) {
                case 0 -> event.prepareStepOver(1);
                case 1 -> event.prepareStepInto(1);
                case 2 -> event.prepareStepOver(1);
                case 3 -> event.prepareStepOut(1);
                default -> event.prepareStepOver(1);
            }
        })) {
            session.install(Breakpoint.newBuilder(source.getURI()).lineIs(6).build());
            context.eval(source);
        }
        assertTrue(lines.size() >= 6, lines.toString());
        assertEquals(List.of(6, 7, 2, 3), lines.subList(0, 4), lines.toString());
        assertTrue(lines.get(4) == 7 || lines.get(4) == 8, "stepping out returns to main: " + lines);
        assertTrue(lines.contains(8) && lines.contains(9), "stepping over walks main's last statements: " + lines);
    }
}
