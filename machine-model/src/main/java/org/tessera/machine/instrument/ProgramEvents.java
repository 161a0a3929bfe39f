package org.tessera.machine.instrument;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tessera.machine.program.Event;
import org.tessera.machine.program.ProgramModel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.AllocationEvent;
import com.oracle.truffle.api.instrumentation.AllocationEventFilter;
import com.oracle.truffle.api.instrumentation.AllocationListener;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.ExecutionEventNodeFactory;
import com.oracle.truffle.api.instrumentation.Instrumenter;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument.Env;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.object.DynamicObject;

/**
 * Turns execution events into model operations. Each tagged node gets an event node that charges
 * its {@link Event}; attribute and element accesses also take their receiver (input 0, delivered
 * by {@code onInputValue}) and touch that object in the model; calls, parallel regions, tasks and
 * barriers drive the model's control structure; allocations register objects.
 *
 * <p>With a JIT model, roots ({@code RootTag}) are the functions it compiles, loop iterations
 * ({@code Loop}) its back-edges, and the operands of arithmetic and the receivers of attribute and
 * element reads its specialisation sites: a site that meets an operand of a type it has not met (a
 * Java class, or for a {@link DynamicObject} its shape) fails its specialisation, up to
 * {@value #POLYMORPHIC_LIMIT} types per operand, after which it is generic, as Truffle's
 * specialisations go generic.
 */
final class ProgramEvents {
    /**
     * The language's own tags, by identifier (see {@code TesseraTags}), and the event each charges;
     * absent ones are skipped. {@code GlobalRead} refines the standard ReadVariableTag (below).
     */
    private static final String[][] LANGUAGE_TAGS = {{"AttributeRead", "ATTRIBUTE_READ"}, {"AttributeWrite", "ATTRIBUTE_WRITE"},
                    {"ElementRead", "ELEMENT_READ"}, {"ElementWrite", "ELEMENT_WRITE"}, {"Arithmetic", "ARITHMETIC"},
                    {"Constant", "CONSTANT"}, {"Branch", "BRANCH"}, {"Loop", "LOOP_ITERATION"}, {"BuiltinCall", "BUILTIN_CALL"},
                    {"Allocation", null}, {"Parallel", null}, {"Task", null}, {"Barrier", null}};

    /**
     * The built-ins (by the {@code name} of their {@code BuiltinCall} node object) that are system
     * calls: they ask the operating system for output, input, files or time. With a host, the device
     * forwards them to it.
     */
    static final Set<String> SYSTEM_CALLS = Set.of("print", "input", "open", "write", "flush", "read", "readline", "readlines", "close", "time",
                    "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "process_time", "sleep");

    /** Types an operand of a site may meet before the site is generic. */
    static final int POLYMORPHIC_LIMIT = 4;

    private final Env env;
    private final ProgramModel model;
    private final Map<RootNode, Integer> functionIds = new IdentityHashMap<>();
    private final Map<Object, Integer> typeIds = new IdentityHashMap<>();
    private final ObjectIds ids = new ObjectIds();
    private final LivenessWalker walker;
    /** What the smart cache needs of lookups and writes; null without one. */
    private final Lookups lookups;
    /** Objects made since the innermost running statement began: the value stack, a root of liveness. */
    private final List<Object> recent = new ArrayList<>();
    private int[] statementMarks = new int[64];
    /** The statement nodes being executed, innermost last: the top frame's location for its scope. */
    private Node[] statementNodes = new Node[64];
    private int statementDepth;
    /** Bytes the program wrote to its output and error streams (counted only with a host). */
    private final ByteCounter written = new ByteCounter();
    private int systemCallDepth;
    private long systemCallMark;

    ProgramEvents(Env env, ProgramModel model) {
        this.env = env;
        this.model = model;
        this.walker = new LivenessWalker(ids, () -> TileMachineInstrument.globalScopes(env));
        this.lookups = model.smartCache() == null ? null : new Lookups(model, this);
        model.setLiveness(live -> walker.markLive(live, recent, statementDepth == 0 ? null : statementNodes[statementDepth - 1]));
    }

    void attach() {
        Instrumenter instrumenter = env.getInstrumenter();
        instrumenter.attachAllocationListener(AllocationEventFilter.ANY, new Allocations());
        SourceSectionFilter inputs = SourceSectionFilter.newBuilder().tagIs(StandardTags.ExpressionTag.class).build();
        for (LanguageInfo language : env.getLanguages().values()) {
            attachStandard(instrumenter, language);
            if (model.jit() != null) {
                attachJit(instrumenter, language, inputs);
            } else if (model.offload() != null) {
                attachRoots(instrumenter);
            }
            if (model.offload() != null) {
                attachSystemCalls(instrumenter, language);
            }
            for (String[] entry : LANGUAGE_TAGS) {
                Class<? extends Tag> tag = Tag.findProvidedTag(language, entry[0]);
                if (tag == null) {
                    continue;
                }
                SourceSectionFilter filter = SourceSectionFilter.newBuilder().tagIs(tag).build();
                ExecutionEventNodeFactory factory = switch (entry[0]) {
                    case "AttributeRead", "ElementRead" -> c -> new Access(Event.valueOf(entry[1]), false);
                    case "AttributeWrite", "ElementWrite" -> c -> new Access(Event.valueOf(entry[1]), true);
                    case "Allocation" -> null;
                    case "Parallel" -> c -> new Parallel();
                    case "Task" -> c -> new Task();
                    case "Barrier" -> c -> new Barrier();
                    default -> c -> new Charge(Event.valueOf(entry[1]));
                };
                if (lookups != null) {
                    factory = switch (entry[0]) {
                        case "AttributeRead" -> c -> lookups.attributeRead(c, Event.ATTRIBUTE_READ);
                        case "AttributeWrite" -> c -> lookups.attributeWrite(c, Event.ATTRIBUTE_WRITE);
                        case "BuiltinCall" -> lookups::builtinCall;
                        default -> factory;
                    };
                }
                if (factory == null) {
                    continue;
                }
                if (entry[0].startsWith("Attribute") || entry[0].startsWith("Element")) {
                    instrumenter.attachExecutionEventFactory(filter, inputs, factory);
                } else {
                    instrumenter.attachExecutionEventFactory(filter, factory);
                }
            }
        }
    }

    private void attachStandard(Instrumenter instrumenter, LanguageInfo language) {
        SourceSectionFilter statements = SourceSectionFilter.newBuilder().tagIs(StandardTags.StatementTag.class).build();
        instrumenter.attachExecutionEventFactory(statements, c -> new Statement(c));
        // A method call o.m(...) has a node object with the method's name and its receiver as input 0;
        // the receiver is what migrate-to-data moves the call to.
        SourceSectionFilter calls = SourceSectionFilter.newBuilder().tagIs(StandardTags.CallTag.class).build();
        SourceSectionFilter inputs = SourceSectionFilter.newBuilder().tagIs(StandardTags.ExpressionTag.class).build();
        if (lookups != null) {
            instrumenter.attachExecutionEventFactory(calls, inputs, c -> isMethodCall(c) ? lookups.methodCall(c) : lookups.call());
        } else {
            instrumenter.attachExecutionEventFactory(calls, inputs, c -> isMethodCall(c) ? new MethodCall() : new Call());
        }
        SourceSectionFilter reads = SourceSectionFilter.newBuilder().tagIs(StandardTags.ReadVariableTag.class).build();
        Class<? extends Tag> global = Tag.findProvidedTag(language, "GlobalRead");
        instrumenter.attachExecutionEventFactory(reads, c -> global == null || !c.hasTag(global) ? new Charge(Event.LOCAL_READ)
                        : lookups != null ? lookups.globalRead(c) : new Charge(Event.GLOBAL_READ));
        Class<? extends Tag> globalWrite = Tag.findProvidedTag(language, "GlobalWrite");
        if (lookups != null && globalWrite != null) {
            // Global writes are charged as variable writes below; the smart cache also snoops them.
            instrumenter.attachExecutionEventFactory(SourceSectionFilter.newBuilder().tagIs(globalWrite).build(), lookups::globalWrite);
        }
        SourceSectionFilter writes = SourceSectionFilter.newBuilder().tagIs(StandardTags.WriteVariableTag.class).build();
        instrumenter.attachExecutionEventFactory(writes, c -> new Charge(Event.LOCAL_WRITE));
    }

    private void attachJit(Instrumenter instrumenter, LanguageInfo language, SourceSectionFilter inputs) {
        attachRoots(instrumenter);
        Class<? extends Tag> loop = Tag.findProvidedTag(language, "Loop");
        if (loop != null) {
            instrumenter.attachExecutionEventFactory(SourceSectionFilter.newBuilder().tagIs(loop).build(), c -> new BackEdge());
        }
        for (String name : new String[]{"Arithmetic", "AttributeRead", "ElementRead"}) {
            Class<? extends Tag> tag = Tag.findProvidedTag(language, name);
            if (tag != null) {
                int operands = name.equals("Arithmetic") ? 2 : 1;
                instrumenter.attachExecutionEventFactory(SourceSectionFilter.newBuilder().tagIs(tag).build(), inputs, c -> new Site(operands));
            }
        }
    }

    /** Functions entered and left: roots ({@code RootTag}). */
    private void attachRoots(Instrumenter instrumenter) {
        SourceSectionFilter roots = SourceSectionFilter.newBuilder().tagIs(StandardTags.RootTag.class).build();
        instrumenter.attachExecutionEventFactory(roots, c -> new Root(functionId(c.getInstrumentedNode().getRootNode())));
    }

    /**
     * System calls: built-in calls whose node object's {@code name} is in {@link #SYSTEM_CALLS}. What
     * a call sends is what the program wrote to its output while it ran (exact per call when the
     * output is unbuffered, e.g. {@code -u}; otherwise what the call flushed), and what it returns is
     * its result's text, or a word.
     */
    private void attachSystemCalls(Instrumenter instrumenter, LanguageInfo language) {
        Class<? extends Tag> builtin = Tag.findProvidedTag(language, "BuiltinCall");
        if (builtin == null) {
            return;
        }
        instrumenter.attachOutConsumer(written);
        instrumenter.attachErrConsumer(written);
        instrumenter.attachExecutionEventFactory(SourceSectionFilter.newBuilder().tagIs(builtin).build(), c -> isSystemCall(c) ? new SystemCall() : null);
    }

    private static boolean isSystemCall(EventContext context) {
        Object nodeObject = context.getNodeObject();
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return nodeObject != null && interop.isMemberReadable(nodeObject, "name") && SYSTEM_CALLS.contains(interop.asString(interop.readMember(nodeObject, "name")));
        } catch (com.oracle.truffle.api.interop.InteropException e) {
            return false;
        }
    }

    @TruffleBoundary
    void systemCallEnter() {
        if (systemCallDepth++ == 0) {
            systemCallMark = written.count;
        }
    }

    @TruffleBoundary
    void systemCallExit(Object result) {
        if (systemCallDepth > 0 && --systemCallDepth == 0) {
            model.systemCall(written.count - systemCallMark, resultBytes(result));
        }
    }

    /** A result's size on the link: a string's UTF-8 bytes, anything else a word. */
    private static long resultBytes(Object result) {
        InteropLibrary interop = InteropLibrary.getUncached();
        if (result != null && interop.isString(result)) {
            try {
                return interop.asString(result).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                return 8;
            }
        }
        return 8;
    }

    /** Counts the bytes written to a stream. */
    private static final class ByteCounter extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The model's id of a function (a root), announced to the model the first time. */
    @TruffleBoundary
    private int functionId(RootNode root) {
        Integer id = functionIds.get(root);
        if (id == null) {
            id = functionIds.size();
            functionIds.put(root, id);
            String name = root.getQualifiedName() != null ? root.getQualifiedName() : String.valueOf(root.getName());
            model.newFunction(id, name, () -> astNodes(root));
        }
        return id;
    }

    /** The nodes of a root's tree, leaving out the instrumentation's own (wrappers, probes, event nodes). */
    static int astNodes(RootNode root) {
        return NodeUtil.countNodes(root, node -> !(node instanceof InstrumentableNode.WrapperNode) && !(node instanceof ExecutionEventNode)
                        && !node.getClass().getName().startsWith("com.oracle.truffle.api.instrumentation."));
    }

    /** A dense id for a value's type as a specialisation sees it: its class, or a dynamic object's shape. */
    @TruffleBoundary
    int typeId(Object value) {
        Object key = value instanceof DynamicObject d ? d.getShape() : value == null ? ProgramEvents.class : value.getClass();
        Integer id = typeIds.get(key);
        if (id == null) {
            id = typeIds.size();
            typeIds.put(key, id);
        }
        return id;
    }

    @TruffleBoundary
    void functionEnter(int id, int arguments) {
        model.enterFunction(id, arguments);
    }

    @TruffleBoundary
    void functionExit() {
        model.exitFunction();
    }

    @TruffleBoundary
    void backEdge() {
        model.backEdge();
    }

    @TruffleBoundary
    void specialisationFailed() {
        model.specialisationFailed();
    }

    private static boolean isMethodCall(EventContext context) {
        Object nodeObject = context.getNodeObject();
        return nodeObject != null && InteropLibrary.getUncached().isMemberReadable(nodeObject, "name");
    }

    // ---- model calls, behind boundaries: the model is plain Java, not for partial evaluation ----

    @TruffleBoundary
    void charge(Event e) {
        model.event(e);
    }

    @TruffleBoundary
    void touch(Object receiver, Event e, boolean write) {
        model.event(e);
        access(receiver, write);
    }

    /** The running code reads or writes (a word of) {@code receiver}. */
    void access(Object receiver, boolean write) {
        int id = idOf(receiver);
        if (id != ProgramModel.UNTRACKED) {
            model.access(id, 8, write);
        }
    }

    /**
     * The model id of a program object, or {@link ProgramModel#UNTRACKED} for objects the model
     * has not seen made (constants, classes, modules, builtins): those count as local.
     */
    private int idOf(Object o) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof Character) {
            return ProgramModel.UNTRACKED;
        }
        int id = ids.get(o);
        return id == ObjectIds.NONE ? ProgramModel.UNTRACKED : id;
    }

    @TruffleBoundary
    void statementEnter(Node node) {
        if (statementDepth == statementMarks.length) {
            statementMarks = java.util.Arrays.copyOf(statementMarks, statementDepth * 2);
            statementNodes = java.util.Arrays.copyOf(statementNodes, statementDepth * 2);
        }
        statementNodes[statementDepth] = node;
        statementMarks[statementDepth++] = recent.size();
        model.event(Event.STATEMENT);
    }

    @TruffleBoundary
    void statementExit() {
        if (statementDepth > 0) {
            statementNodes[statementDepth - 1] = null;
            int mark = statementMarks[--statementDepth];
            if (recent.size() > mark) {
                recent.subList(mark, recent.size()).clear();
            }
        }
    }

    @TruffleBoundary
    void callEnter() {
        model.event(Event.CALL);
        model.enterCall(-1);
    }

    /** A method call: its receiver is known once evaluated (the arguments then run where the call runs). */
    @TruffleBoundary
    void methodCallEnter(Object receiver) {
        model.event(Event.CALL);
        enterCall(receiver);
    }

    /** A call begins, of a method of {@code receiver} (null: a plain call); its CALL event is charged already. */
    void enterCall(Object receiver) {
        model.enterCall(idOf(receiver));
    }

    @TruffleBoundary
    void callExit(boolean exceptional) {
        model.exitCall();
        model.event(exceptional ? Event.EXCEPTION : Event.RETURN);
    }

    @TruffleBoundary
    void parallel(boolean begin) {
        if (begin) {
            model.beginParallel();
        } else {
            model.endParallel();
        }
    }

    @TruffleBoundary
    void task(boolean begin) {
        if (begin) {
            model.beginTask();
        } else {
            model.endTask();
        }
    }

    @TruffleBoundary
    void barrier() {
        model.barrier();
    }

    // ---- event nodes ----

    /** A node that does something when its tagged node is left, normally or by an exception. */
    private abstract static class Bracket extends ExecutionEventNode {
        abstract void exit(boolean exceptional);

        @Override
        protected final void onReturnValue(VirtualFrame frame, Object result) {
            exit(false);
        }

        @Override
        protected final void onReturnExceptional(VirtualFrame frame, Throwable exception) {
            exit(true);
        }
    }

    private final class Charge extends ExecutionEventNode {
        private final Event event;

        Charge(Event event) {
            this.event = event;
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            charge(event);
        }
    }

    private final class Statement extends Bracket {
        private final Node statement;

        Statement(EventContext context) {
            this.statement = context.getInstrumentedNode();
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            statementEnter(statement);
        }

        @Override
        void exit(boolean exceptional) {
            statementExit();
        }
    }

    private final class Call extends Bracket {
        @Override
        protected void onEnter(VirtualFrame frame) {
            callEnter();
        }

        @Override
        void exit(boolean exceptional) {
            callExit(exceptional);
        }
    }

    private final class MethodCall extends Bracket {
        @Override
        protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
            if (inputIndex == 0) {
                methodCallEnter(inputValue);
            }
        }

        @Override
        void exit(boolean exceptional) {
            callExit(exceptional);
        }
    }

    private final class Access extends ExecutionEventNode {
        private final Event event;
        private final boolean write;

        Access(Event event, boolean write) {
            this.event = event;
            this.write = write;
        }

        @Override
        protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
            if (inputIndex == 0) {
                touch(inputValue, event, write);
            }
        }
    }

    private final class Parallel extends Bracket {
        @Override
        protected void onEnter(VirtualFrame frame) {
            parallel(true);
        }

        @Override
        void exit(boolean exceptional) {
            parallel(false);
        }
    }

    private final class Task extends Bracket {
        @Override
        protected void onEnter(VirtualFrame frame) {
            task(true);
        }

        @Override
        void exit(boolean exceptional) {
            task(false);
        }
    }

    private final class Barrier extends ExecutionEventNode {
        @Override
        protected void onEnter(VirtualFrame frame) {
            barrier();
        }
    }

    private final class Root extends Bracket {
        private final int function;

        Root(int function) {
            this.function = function;
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            functionEnter(function, frame.getArguments().length);
        }

        @Override
        void exit(boolean exceptional) {
            functionExit();
        }
    }

    private final class SystemCall extends ExecutionEventNode {
        @Override
        protected void onEnter(VirtualFrame frame) {
            systemCallEnter();
        }

        @Override
        protected void onReturnValue(VirtualFrame frame, Object result) {
            systemCallExit(result);
        }

        @Override
        protected void onReturnExceptional(VirtualFrame frame, Throwable exception) {
            systemCallExit(null);
        }
    }

    private final class BackEdge extends ExecutionEventNode {
        @Override
        protected void onReturnValue(VirtualFrame frame, Object result) {
            backEdge();
        }

        @Override
        protected void onReturnExceptional(VirtualFrame frame, Throwable exception) {
            backEdge();
        }
    }

    /** A specialisation site: the types each operand has met, -1 for none yet; full means generic. */
    private final class Site extends ExecutionEventNode {
        private final int[][] seen;

        Site(int operands) {
            seen = new int[operands][POLYMORPHIC_LIMIT];
            for (int[] s : seen) {
                java.util.Arrays.fill(s, -1);
            }
        }

        @Override
        protected void onInputValue(VirtualFrame frame, EventContext inputContext, int inputIndex, Object inputValue) {
            if (inputIndex < seen.length) {
                met(seen[inputIndex], inputValue);
            }
        }

        @TruffleBoundary
        private void met(int[] types, Object value) {
            if (types[POLYMORPHIC_LIMIT - 1] >= 0) {
                return;
            }
            int type = typeId(value);
            for (int i = 0; i < POLYMORPHIC_LIMIT; i++) {
                if (types[i] == type) {
                    return;
                }
                if (types[i] < 0) {
                    types[i] = type;
                    specialisationFailed();
                    return;
                }
            }
        }
    }

    private final class Allocations implements AllocationListener {
        @Override
        public void onEnter(AllocationEvent event) {
        }

        @Override
        @TruffleBoundary
        public void onReturnValue(AllocationEvent event) {
            Object value = event.getValue();
            if (event.getOldSize() > 0 && ids.get(value) != ObjectIds.NONE) {
                // A container that grew: the same object, already placed (the model keeps its first size).
                return;
            }
            long size = event.getNewSize() > 0 ? event.getNewSize() : 32;
            int id = model.newObject(size);
            ids.put(value, id);
            recent.add(value);
        }
    }
}
