package org.tessera.lang.translator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tessera.lang.nodes.local.FrameScope;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/** The frame layout of one scope being translated: a slot per local, cell and free variable, plus temporaries. */
final class FunctionContext {
    final Scope scope;
    final FunctionContext parent;
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    private int temporaries;
    /** For a class body: the slot of its namespace dict (its one parameter). */
    final int namespaceSlot;
    /** For a generator: the slots every generator frame has; null otherwise. */
    org.tessera.lang.nodes.generator.GeneratorState generator;
    /** Cache slots of yield-containing expressions, per statement being translated (innermost last). */
    final java.util.ArrayDeque<List<Integer>> resumeCaches = new java.util.ArrayDeque<>();

    FunctionContext(Scope scope, FunctionContext parent) {
        this.scope = scope;
        this.parent = parent;
        this.moduleLevel = scope.kind == Scope.Kind.MODULE;
        if (scope.kind == Scope.Kind.CLASS) {
            namespaceSlot = frame.addSlot(FrameSlotKind.Object, NAMESPACE, null);
            slots.put(NAMESPACE, namespaceSlot);
        } else {
            namespaceSlot = -1;
        }
        if (scope.kind != Scope.Kind.MODULE) {
            for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
                switch (e.getValue()) {
                    case LOCAL -> slots.put(e.getKey(), frame.addSlot(FrameSlotKind.Illegal, e.getKey(), null));
                    case CELL, FREE -> slots.put(e.getKey(), frame.addSlot(FrameSlotKind.Illegal, e.getKey(), FrameScope.CELL_SLOT));
                    default -> {
                    }
                }
            }
        }
    }

    /** The parameter name under which a class body receives its namespace. */
    static final String NAMESPACE = "<namespace>";

    /**
     * Whether the code runs in a module's frame (argument 0 is the module) rather than a
     * function's; inline code a tool evaluates runs in whichever frame it stops in.
     */
    boolean moduleLevel;

    /** True for module-level code, whose names are all globals. */
    boolean isModuleLevel() {
        return moduleLevel;
    }

    Scope.Binding binding(String name) {
        return scope.kind == Scope.Kind.MODULE ? Scope.Binding.GLOBAL_IMPLICIT : scope.binding(name);
    }

    int slot(String name) {
        Integer slot = slots.get(name);
        if (slot == null) {
            throw new IllegalStateException("no slot for " + name + " in " + scope.qualname);
        }
        return slot;
    }

    /** A fresh slot for a value the translation needs to keep (loop state, with-statement managers). */
    int newTemporary() {
        return frame.addSlot(FrameSlotKind.Illegal, "<temp" + temporaries++ + ">", null);
    }

    FrameDescriptor build() {
        return frame.build();
    }
}
