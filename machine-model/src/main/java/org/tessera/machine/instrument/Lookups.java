package org.tessera.machine.instrument;

import java.util.HashMap;
import java.util.Map;

import org.tessera.machine.program.Event;
import org.tessera.machine.program.ProgramModel;
import org.tessera.machine.program.SmartCache.Kind;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.source.SourceSection;

/**
 * What the smart cache needs to know about each name and function lookup, read from the
 * instrumentation alone: which name (the {@code name} member of the tagged node's node object),
 * in which dictionary (a module: its source; an object, a class, a callee: its identity), and the
 * writes that change a dictionary. Names and dictionaries get dense ids in the order they are first
 * met, so a run's ids are the same every time.
 *
 * <p>The dictionary of a lookup is where the name resolves: a global read searches its module's
 * globals (then builtins); an attribute read or a method call searches the receiver's own members
 * when the receiver has one of that name (an instance attribute, a module's function, a class's own
 * attribute) and otherwise its type (the interop meta-object, or the Java class of a value that has
 * none): a method or class attribute, own or inherited, shared by all instances. A plain call
 * resolves its callee's code ({@code __init__} for a class, {@code __call__} otherwise); a built-in
 * call, its qualified name among the builtins.
 */
final class Lookups {
    /** The dictionary of the built-in functions (never written). */
    private static final int BUILTINS = 0;

    private final ProgramModel model;
    private final ProgramEvents events;
    private final ObjectIds dictionaries = new ObjectIds();
    private final Map<Object, Integer> modules = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private int nextDictionary = BUILTINS + 1;

    Lookups(ProgramModel model, ProgramEvents events) {
        this.model = model;
        this.events = events;
    }

    // ---- ids ----

    @TruffleBoundary
    int name(String spelling) {
        return names.computeIfAbsent(spelling, s -> names.size());
    }

    /** The name a tagged node looks up: its node object's {@code name} member ("?" if it has none). */
    @TruffleBoundary
    static String spelling(EventContext context) {
        Object nodeObject = context.getNodeObject();
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (nodeObject != null && interop.isMemberReadable(nodeObject, "name")) {
                return interop.asString(interop.readMember(nodeObject, "name"));
            }
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            // not a string: falls through
        }
        return "?";
    }

    /** The globals of the module a node belongs to, known by its source. */
    @TruffleBoundary
    int module(EventContext context) {
        SourceSection section = context.getInstrumentedSourceSection();
        Object source = section == null ? "" : section.getSource();
        return modules.computeIfAbsent(source, s -> nextDictionary++);
    }

    /** The dictionary id of an object (held weakly: a dead object's id is never given again). */
    private int dictionary(Object o) {
        int id = dictionaries.get(o);
        if (id == ObjectIds.NONE) {
            id = nextDictionary++;
            dictionaries.put(o, id);
        }
        return id;
    }

    /** The receiver itself if {@code name} is its own member, else its type. */
    private int resolvedIn(Object receiver, String name) {
        InteropLibrary interop = InteropLibrary.getUncached();
        if (interop.isMemberReadable(receiver, name)) {
            return dictionary(receiver);
        }
        return dictionary(typeOf(receiver));
    }

    private static Object typeOf(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached();
        if (interop.hasMetaObject(value)) {
            try {
                return interop.getMetaObject(value);
            } catch (UnsupportedMessageException e) {
                // falls through to the Java class
            }
        }
        return value == null ? Lookups.class : value.getClass();
    }

    // ---- what the nodes report ----

    @TruffleBoundary
    void attributeRead(Object receiver, Event event, String spelling, int name) {
        model.lookup(event, Kind.ATTRIBUTE, resolvedIn(receiver, spelling), name);
        events.access(receiver, false);
    }

    @TruffleBoundary
    void attributeWritten(Object receiver, int name) {
        model.attributeWritten(dictionary(receiver), name, InteropLibrary.getUncached().isMetaObject(receiver));
    }

    @TruffleBoundary
    void methodCall(Object receiver, String spelling, int name) {
        model.lookup(Event.CALL, Kind.METHOD, resolvedIn(receiver, spelling), name);
        events.enterCall(receiver);
    }

    @TruffleBoundary
    void call(Object callee) {
        boolean isClass = InteropLibrary.getUncached().isMetaObject(callee);
        model.lookup(Event.CALL, Kind.CALLEE, dictionary(callee), name(isClass ? "__init__" : "__call__"));
        events.enterCall(null);
    }

    @TruffleBoundary
    void global(int module, int name) {
        model.lookup(Event.GLOBAL_READ, Kind.GLOBAL, module, name);
    }

    @TruffleBoundary
    void globalWritten(int module, int name) {
        model.globalWritten(module, name);
    }

    @TruffleBoundary
    void builtin(int name) {
        model.lookup(Event.BUILTIN_CALL, Kind.BUILTIN, BUILTINS, name);
    }

    // ---- event nodes, used instead of ProgramEvents' own when the run has a smart cache ----

    ExecutionEventNode globalRead(EventContext context) {
        int module = module(context);
        int name = name(spelling(context));
        return new ExecutionEventNode() {
            @Override
            protected void onEnter(VirtualFrame frame) {
                global(module, name);
            }
        };
    }

    /** Snoops a global write once it has happened. */
    ExecutionEventNode globalWrite(EventContext context) {
        int module = module(context);
        int name = name(spelling(context));
        return new ExecutionEventNode() {
            @Override
            protected void onReturnValue(VirtualFrame frame, Object result) {
                globalWritten(module, name);
            }
        };
    }

    ExecutionEventNode attributeRead(EventContext context, Event event) {
        String spelling = spelling(context);
        int name = name(spelling);
        return new ExecutionEventNode() {
            @Override
            protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
                if (inputIndex == 0) {
                    attributeRead(inputValue, event, spelling, name);
                }
            }
        };
    }

    /** Charges and touches the receiver as {@link ProgramEvents} does, and snoops the write once it has happened. */
    ExecutionEventNode attributeWrite(EventContext context, Event event) {
        int name = name(spelling(context));
        return new ExecutionEventNode() {
            @Override
            protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
                if (inputIndex == 0) {
                    events.touch(inputValue, event, true);
                    saveInputValue(frame, inputIndex, inputValue);
                }
            }

            @Override
            protected void onReturnValue(VirtualFrame frame, Object result) {
                Object[] inputs = getSavedInputValues(frame);
                if (inputs.length > 0 && inputs[0] != null) {
                    attributeWritten(inputs[0], name);
                }
            }
        };
    }

    /** A method call {@code receiver.name(...)}: its receiver is input 0. */
    ExecutionEventNode methodCall(EventContext context) {
        String spelling = spelling(context);
        int name = name(spelling);
        return new Exiting() {
            @Override
            void enter(Object receiver) {
                methodCall(receiver, spelling, name);
            }
        };
    }

    /** A plain call: its callee is input 0. */
    ExecutionEventNode call() {
        return new Exiting() {
            @Override
            void enter(Object callee) {
                call(callee);
            }
        };
    }

    ExecutionEventNode builtinCall(EventContext context) {
        int name = name(spelling(context));
        return new ExecutionEventNode() {
            @Override
            protected void onEnter(VirtualFrame frame) {
                builtin(name);
            }
        };
    }

    /**
     * A call node: the call begins when input 0 (the receiver or callee) is known, and returns (or
     * raises) as {@link ProgramEvents} reports it; a call whose input 0 raised never began.
     */
    private abstract class Exiting extends ExecutionEventNode {
        abstract void enter(Object input);

        @Override
        protected final void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
            if (inputIndex == 0) {
                saveInputValue(frame, inputIndex, inputValue);
                enter(inputValue);
            }
        }

        @Override
        protected final void onReturnValue(VirtualFrame frame, Object result) {
            exit(frame, false);
        }

        @Override
        protected final void onReturnExceptional(VirtualFrame frame, Throwable exception) {
            exit(frame, true);
        }

        private void exit(VirtualFrame frame, boolean exceptional) {
            Object[] inputs = getSavedInputValues(frame);
            if (inputs.length > 0 && inputs[0] != null) {
                events.callExit(exceptional);
            }
        }
    }
}
