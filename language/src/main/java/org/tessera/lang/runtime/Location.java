package org.tessera.lang.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * Runs slow-path Java code "at" a node: errors it raises report that node's line in tracebacks,
 * and Python code it calls back into has that node as its call site.
 */
public final class Location {
    private Location() {
    }

    @TruffleBoundary
    public static <T> T at(Node location, Supplier<T> action) {
        EncapsulatingNodeReference reference = EncapsulatingNodeReference.getCurrent();
        Node previous = reference.set(location);
        try {
            return action.get();
        } finally {
            reference.set(previous);
        }
    }

    @TruffleBoundary
    public static void run(Node location, Runnable action) {
        EncapsulatingNodeReference reference = EncapsulatingNodeReference.getCurrent();
        Node previous = reference.set(location);
        try {
            action.run();
        } finally {
            reference.set(previous);
        }
    }

    /** The node slow-path code currently runs at, or null. */
    @TruffleBoundary
    public static Node current() {
        return EncapsulatingNodeReference.getCurrent().get();
    }
}
