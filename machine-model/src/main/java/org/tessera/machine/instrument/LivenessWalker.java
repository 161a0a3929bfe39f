package org.tessera.machine.instrument;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.IntConsumer;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.RootCallTarget;

/**
 * Real liveness for the model's collector: everything reachable from the program's roots — the
 * global scopes, the local variables of every active frame (through {@link NodeLibrary} scopes),
 * and the objects made since the executing statement began (the interpreter's value stack) —
 * following references through interop: members, array elements and hash entries. Only the
 * standard interop protocol is used, so nothing here knows the language's classes.
 *
 * <p>Limitation: a temporary held only in a Java local of an outer frame that is mid-expression
 * (say the list a comprehension is building, while its element expression runs a function whose
 * statements allocate) is not visible to any scope, and may be counted dead early.
 */
final class LivenessWalker {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();
    private static final com.oracle.truffle.api.library.LibraryFactory<InteropLibrary> INTEROPS = InteropLibrary.getFactory();
    private static final NodeLibrary NODES = NodeLibrary.getUncached();

    private final ObjectIds ids;
    /** How many objects the last walk saw: the next one sizes its tables for that many. */
    private int lastSeen = 1024;
    /** The global scopes, asked for at each walk (a context exists only while the program runs). */
    private final java.util.function.Supplier<List<Object>> globalScopes;

    LivenessWalker(ObjectIds ids, java.util.function.Supplier<List<Object>> globalScopes) {
        this.ids = ids;
        this.globalScopes = globalScopes;
    }

    /** Reports the id of every tracked object reachable from the roots, plus {@code extraRoots}. */
    void markLive(IntConsumer live, Iterable<Object> extraRoots, Node executing) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>(lastSeen + lastSeen / 4);
        ArrayDeque<Object> work = new ArrayDeque<>(256);
        for (Object scope : globalScopes.get()) {
            push(scope, seen, work);
        }
        for (Object root : extraRoots) {
            push(root, seen, work);
        }
        boolean[] top = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance frame) -> {
            // The top frame has no call node: it is executing the innermost statement.
            Object scope = scopeOf(frame, top[0] ? executing : null);
            top[0] = false;
            if (scope != null) {
                push(scope, seen, work);
            }
            return null;
        });
        while (!work.isEmpty()) {
            Object o = work.poll();
            int id = ids.get(o);
            if (id != ObjectIds.NONE) {
                live.accept(id);
            }
            children(o, seen, work);
        }
        lastSeen = seen.size();
    }

    private static Object scopeOf(FrameInstance instance, Node executing) {
        Frame frame = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        Node node = instance.getCallNode();
        if (node == null && executing != null && instance.getCallTarget() instanceof RootCallTarget target && executing.getRootNode() == target.getRootNode()) {
            node = executing;
        }
        if (node == null && instance.getCallTarget() instanceof RootCallTarget target) {
            node = target.getRootNode();
        }
        try {
            for (Node n = node; n != null; n = n.getParent()) {
                if (NODES.hasScope(n, frame)) {
                    return NODES.getScope(n, frame, true);
                }
                if (n instanceof RootNode) {
                    break;
                }
            }
        } catch (UnsupportedMessageException e) {
            return null;
        }
        return null;
    }

    private static void push(Object o, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object> work) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character) {
            return;
        }
        if (seen.put(o, Boolean.TRUE) == null) {
            work.add(o);
        }
    }

    private static void children(Object o, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object> work) {
        // A library specialised to this receiver: one dispatch lookup per object, not per message.
        InteropLibrary lib = INTEROPS.getUncached(o);
        try {
            if (lib.hasMembers(o)) {
                Object members = lib.getMembers(o);
                long n = INTEROP.getArraySize(members);
                for (long i = 0; i < n; i++) {
                    String name = INTEROP.asString(INTEROP.readArrayElement(members, i));
                    if (lib.isMemberReadable(o, name) && !lib.hasMemberReadSideEffects(o, name)) {
                        push(lib.readMember(o, name), seen, work);
                    }
                }
            }
            if (lib.hasArrayElements(o)) {
                long n = lib.getArraySize(o);
                for (long i = 0; i < n; i++) {
                    if (lib.isArrayElementReadable(o, i)) {
                        push(lib.readArrayElement(o, i), seen, work);
                    }
                }
            }
            if (lib.hasHashEntries(o)) {
                Object entries = lib.getHashEntriesIterator(o);
                while (INTEROP.hasIteratorNextElement(entries)) {
                    Object entry = INTEROP.getIteratorNextElement(entries);
                    push(INTEROP.readArrayElement(entry, 0), seen, work);
                    push(INTEROP.readArrayElement(entry, 1), seen, work);
                }
            }
        } catch (InteropException e) {
            // An object that changes under us or refuses a message: its other references still count.
        }
    }
}
