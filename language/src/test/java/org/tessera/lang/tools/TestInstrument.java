package org.tessera.lang.tools;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.AllocationEvent;
import com.oracle.truffle.api.instrumentation.AllocationEventFilter;
import com.oracle.truffle.api.instrumentation.AllocationListener;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * An instrument for the tests: it observes Tessera the way the tile machine's instrument must,
 * through tags (found by their identifiers), input values, node objects, {@code NodeLibrary}
 * scopes and the allocation reporter, never through language classes.
 */
@TruffleInstrument.Registration(id = TestInstrument.ID, name = "Tessera test instrument", services = TestInstrument.class)
public final class TestInstrument extends TruffleInstrument {
    public static final String ID = "tessera-test";

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private Env env;

    /** One execution of a tagged node: its tag, node object, the inputs it received (by index) and how it ended. */
    public record Event(String tag, Map<String, Object> nodeObject, Map<Integer, Object> inputs, Object result, Throwable exception) {
        public Object input(int index) {
            return inputs.get(index);
        }

        public String member(String name) {
            return (String) nodeObject.get(name);
        }
    }

    /** A reported allocation or re-allocation, with the simple name of the value's class at that time. */
    public record Allocation(Object value, String type, long oldSize, long newSize) {
    }

    /** The variables of one active frame: the root's name, members and internal members of its NodeLibrary scope. */
    public record FrameVariables(String root, Map<String, Object> members, Map<String, Object> internal, Object scope) {
    }

    @Override
    protected void onCreate(Env newEnv) {
        this.env = newEnv;
        newEnv.registerService(this);
    }

    private Class<? extends Tag> tag(String id) {
        LanguageInfo language = env.getLanguages().get("tessera");
        Class<? extends Tag> tag = Tag.findProvidedTag(language, id);
        if (tag == null) {
            throw new IllegalArgumentException("Tessera provides no tag " + id);
        }
        return tag;
    }

    /**
     * Records every execution of nodes with any of {@code tagIds}, with the values of their
     * expression inputs; {@code trace} gets "enter TAG" and "return TAG" in execution order.
     */
    public List<Event> record(List<String> trace, String... tagIds) {
        List<Event> events = new ArrayList<>();
        for (String id : tagIds) {
            env.getInstrumenter().attachExecutionEventFactory(SourceSectionFilter.newBuilder().tagIs(tag(id)).build(),
                            SourceSectionFilter.newBuilder().tagIs(StandardTags.ExpressionTag.class).build(), context -> new Recorder(id, context, events, trace));
        }
        return events;
    }

    private static final class Recorder extends ExecutionEventNode {
        private final String tag;
        private final EventContext context;
        private final List<Event> events;
        private final List<String> trace;
        private final Deque<Map<Integer, Object>> inputs = new ArrayDeque<>();

        Recorder(String tag, EventContext context, List<Event> events, List<String> trace) {
            this.tag = tag;
            this.context = context;
            this.events = events;
            this.trace = trace;
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            enter();
        }

        @TruffleBoundary
        private void enter() {
            inputs.push(new TreeMap<>());
            trace.add("enter " + tag);
        }

        @Override
        protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
            input(inputIndex, inputValue);
        }

        @TruffleBoundary
        private void input(int index, Object value) {
            inputs.peek().put(index, value);
        }

        @Override
        protected void onReturnValue(VirtualFrame frame, Object result) {
            exit(result, null);
        }

        @Override
        protected void onReturnExceptional(VirtualFrame frame, Throwable exception) {
            exit(null, exception);
        }

        @TruffleBoundary
        private void exit(Object result, Throwable exception) {
            trace.add("return " + tag);
            events.add(new Event(tag, members(context.getNodeObject(), false), inputs.pop(), result, exception));
        }
    }

    /** The readable members of an interop object, by name (internal ones too if asked). */
    @TruffleBoundary
    public static Map<String, Object> members(Object object, boolean includeInternal) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (object == null || !INTEROP.hasMembers(object)) {
            return members;
        }
        try {
            Object names = INTEROP.getMembers(object, includeInternal);
            for (long i = 0; i < INTEROP.getArraySize(names); i++) {
                String name = INTEROP.asString(INTEROP.readArrayElement(names, i));
                if (INTEROP.isMemberReadable(object, name)) {
                    members.put(name, INTEROP.readMember(object, name));
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return members;
    }

    /** What {@link #observeEverything} saw. */
    public static final class Observations {
        public long events;
        public long allocations;
        public long walkedObjects;
    }

    /**
     * Binds to every tag Tessera provides, with expression inputs, reads every node object, checks
     * every allocation's class, and now and then, at a statement, walks the heap from the live frames'
     * scopes, as a tool that models the heap would. None of this may change what a program does.
     */
    public Observations observeEverything() {
        Observations seen = new Observations();
        LanguageInfo language = env.getLanguages().get("tessera");
        SourceSectionFilter all = SourceSectionFilter.newBuilder().tagIs(providedTags(language)).build();
        SourceSectionFilter inputs = SourceSectionFilter.newBuilder().tagIs(StandardTags.ExpressionTag.class).build();
        env.getInstrumenter().attachExecutionEventFactory(all, inputs, context -> {
            members(context.getNodeObject(), true);
            boolean statement = context.hasTag(StandardTags.StatementTag.class);
            return new ExecutionEventNode() {
                @Override
                protected void onEnter(VirtualFrame frame) {
                    enter(context, statement, seen);
                }

                @Override
                protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
                    seen.events++;
                }
            };
        });
        env.getInstrumenter().attachAllocationListener(AllocationEventFilter.ANY, new AllocationListener() {
            @Override
            public void onEnter(AllocationEvent event) {
            }

            @Override
            public void onReturnValue(AllocationEvent event) {
                typeName(event.getValue());
                seen.allocations++;
            }
        });
        return seen;
    }

    private static Class<?>[] providedTags(LanguageInfo language) {
        List<Class<?>> tags = new ArrayList<>();
        for (String id : new String[]{"ROOT", "ROOT_BODY", "STATEMENT", "CALL", "EXPRESSION", "READ_VARIABLE", "WRITE_VARIABLE", "TRY_BLOCK", "AttributeRead",
                        "AttributeWrite", "ElementRead", "ElementWrite", "GlobalRead", "Arithmetic", "Constant", "Branch", "Loop", "Allocation", "BuiltinCall",
                        "Parallel", "Task", "Barrier", "Join"}) {
            Class<? extends Tag> tag = Tag.findProvidedTag(language, id);
            if (tag == null) {
                throw new AssertionError("no tag " + id);
            }
            tags.add(tag);
        }
        return tags.toArray(new Class<?>[0]);
    }

    @TruffleBoundary
    private static void enter(EventContext context, boolean statement, Observations seen) {
        if (statement && seen.events % 1024 == 0) {
            List<List<FrameVariables>> captures = new ArrayList<>();
            capture(context.getInstrumentedNode(), captures);
            java.util.Set<Object> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (FrameVariables frame : captures.get(0)) {
                seen.walkedObjects += walk(frame.scope(), visited);
            }
        }
        seen.events++;
    }

    /** Visits what {@code root} reaches through members (internal ones too), array elements, hash entries and iterators; at most 2000 objects. */
    private static long walk(Object root, java.util.Set<Object> visited) {
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.add(root);
        long count = 0;
        try {
            while (!work.isEmpty() && visited.size() < 2000) {
                Object o = work.poll();
                if (!(o instanceof com.oracle.truffle.api.interop.TruffleObject) || !visited.add(o)) {
                    continue;
                }
                count++;
                work.addAll(members(o, true).values());
                if (INTEROP.hasArrayElements(o)) {
                    for (long i = 0; i < INTEROP.getArraySize(o); i++) {
                        work.add(INTEROP.readArrayElement(o, i));
                    }
                }
                if (INTEROP.hasHashEntries(o)) {
                    Object entries = INTEROP.getHashEntriesIterator(o);
                    while (INTEROP.hasIteratorNextElement(entries)) {
                        Object entry = INTEROP.getIteratorNextElement(entries);
                        work.add(INTEROP.readArrayElement(entry, 0));
                        work.add(INTEROP.readArrayElement(entry, 1));
                    }
                } else if (INTEROP.hasIterator(o) && !INTEROP.hasArrayElements(o) && !INTEROP.isIterator(o)) {
                    // a collection such as a set; never an iterator or generator, which the walk would advance,
                    // and no further than the walk goes (a range may be huge)
                    Object iterator = INTEROP.getIterator(o);
                    for (int i = 0; i < 2000 && INTEROP.hasIteratorNextElement(iterator); i++) {
                        work.add(INTEROP.getIteratorNextElement(iterator));
                    }
                }
                if (INTEROP.hasMetaObject(o)) {
                    work.add(INTEROP.getMetaObject(o));
                }
            }
        } catch (com.oracle.truffle.api.interop.InteropException e) {
            throw new AssertionError(e);
        }
        return count;
    }

    /** The simple name of the class of a guest value. */
    @TruffleBoundary
    public static String typeName(Object value) {
        try {
            return INTEROP.asString(INTEROP.getMetaSimpleName(INTEROP.getMetaObject(value)));
        } catch (UnsupportedMessageException e) {
            throw new AssertionError(e);
        }
    }

    /** The language's top scope in the entered context (what a tool walks the globals from). */
    public Object topScope() {
        return env.getScope(env.getLanguages().get("tessera"));
    }

    /** Records every allocation reported from now on; fails on an onReturnValue without its onEnter. */
    public List<Allocation> recordAllocations() {
        List<Allocation> allocations = new ArrayList<>();
        int[] open = {0};
        env.getInstrumenter().attachAllocationListener(AllocationEventFilter.ANY, new AllocationListener() {
            @Override
            public void onEnter(AllocationEvent event) {
                open[0]++;
            }

            @Override
            public void onReturnValue(AllocationEvent event) {
                if (open[0]-- <= 0) {
                    throw new AssertionError("onReturnValue without onEnter");
                }
                allocations.add(new Allocation(event.getValue(), typeName(event.getValue()), event.getOldSize(), event.getNewSize()));
            }
        });
        return allocations;
    }

    /**
     * At each statement that starts on {@code line}, the variables of every active frame,
     * innermost first, as a tool finds them: {@code iterateFrames}, then for each frame the
     * nearest instrumentable node (its call node, or the node being entered for the innermost
     * frame) and {@code NodeLibrary.getScope}. Frames without a scope are skipped.
     */
    public List<List<FrameVariables>> captureFrames(int line) {
        List<List<FrameVariables>> captures = new ArrayList<>();
        SourceSectionFilter statements = SourceSectionFilter.newBuilder().tagIs(StandardTags.StatementTag.class).lineStartsIn(
                        com.oracle.truffle.api.instrumentation.SourceSectionFilter.IndexRange.byLength(line, 1)).build();
        env.getInstrumenter().attachExecutionEventFactory(statements, context -> new ExecutionEventNode() {
            @Override
            protected void onEnter(VirtualFrame frame) {
                capture(context.getInstrumentedNode(), captures);
            }
        });
        return captures;
    }

    @TruffleBoundary
    private static void capture(Node current, List<List<FrameVariables>> captures) {
        List<FrameVariables> frames = new ArrayList<>();
        boolean[] innermost = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            Node node;
            if (innermost[0]) {
                node = current;
                innermost[0] = false;
            } else if (instance.getCallNode() != null) {
                node = instrumentable(instance.getCallNode());
            } else {
                node = firstInstrumentable(((com.oracle.truffle.api.RootCallTarget) instance.getCallTarget()).getRootNode());
            }
            Frame frame = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            if (node != null && NodeLibrary.getUncached().hasScope(node, frame)) {
                try {
                    Object scope = NodeLibrary.getUncached().getScope(node, frame, true);
                    RootNode root = node.getRootNode();
                    Map<String, Object> visible = ownMembers(scope, false);
                    Map<String, Object> internal = ownMembers(scope, true);
                    internal.keySet().removeAll(visible.keySet());
                    frames.add(new FrameVariables(root.getName(), visible, internal, scope));
                } catch (UnsupportedMessageException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        });
        captures.add(frames);
    }

    /** The members a scope adds to those of its parent scope (which interop lists after them). */
    private static Map<String, Object> ownMembers(Object scope, boolean includeInternal) throws UnsupportedMessageException {
        try {
            Object names = INTEROP.getMembers(scope, includeInternal);
            long own = INTEROP.getArraySize(names);
            if (INTEROP.hasScopeParent(scope)) {
                own -= INTEROP.getArraySize(INTEROP.getMembers(INTEROP.getScopeParent(scope), includeInternal));
            }
            Map<String, Object> members = new LinkedHashMap<>();
            for (long i = 0; i < own; i++) {
                String name = INTEROP.asString(INTEROP.readArrayElement(names, i));
                members.put(name, INTEROP.readMember(scope, name));
            }
            return members;
        } catch (com.oracle.truffle.api.interop.InvalidArrayIndexException | com.oracle.truffle.api.interop.UnknownIdentifierException e) {
            throw new AssertionError(e);
        }
    }

    /** For a frame entered without a call node (a call from Java code): the first instrumentable node of its root. */
    private static Node firstInstrumentable(RootNode root) {
        Node[] found = {null};
        root.accept(n -> {
            if (found[0] == null && n instanceof InstrumentableNode i && i.isInstrumentable()) {
                found[0] = n;
            }
            return found[0] == null;
        });
        return found[0];
    }

    /** The node itself or its nearest instrumentable ancestor. */
    private static Node instrumentable(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof InstrumentableNode i && i.isInstrumentable()) {
                return n;
            }
        }
        return null;
    }
}
