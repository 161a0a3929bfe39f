package org.tessera.lang.translator;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/** The frame layout of one scope being translated: a slot per local, cell and free variable, plus temporaries. */
final class FunctionContext {
    final Scope scope;
    final FunctionContext parent;
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    private int temporaries;

    FunctionContext(Scope scope, FunctionContext parent) {
        this.scope = scope;
        this.parent = parent;
        if (scope.kind != Scope.Kind.MODULE) {
            for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
                switch (e.getValue()) {
                    case LOCAL, CELL, FREE -> slots.put(e.getKey(), frame.addSlot(FrameSlotKind.Illegal, e.getKey(), null));
                    default -> {
                    }
                }
            }
        }
    }

    /** True for module-level code, whose names are all globals. */
    boolean isModuleLevel() {
        return scope.kind == Scope.Kind.MODULE;
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
