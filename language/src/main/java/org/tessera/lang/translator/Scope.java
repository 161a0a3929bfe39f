package org.tessera.lang.translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One naming scope of a program (module, function, lambda, class body or comprehension). */
final class Scope {
    enum Kind {
        MODULE, FUNCTION, CLASS, COMPREHENSION
    }

    /** How a name used in this scope is found. */
    enum Binding {
        /** A frame slot of this scope. */
        LOCAL,
        /** A local captured by an inner scope: a frame slot holding a cell. */
        CELL,
        /** A variable of an enclosing function: a frame slot holding that function's cell. */
        FREE,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere enclosing: a global, or a builtin. */
        GLOBAL_IMPLICIT,
        /** Bound in a class body: an entry of the class namespace. */
        CLASS_LOCAL
    }

    final Kind kind;
    final Scope parent;
    final String name;
    final String qualname;
    final Set<String> parameters = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> referenced = new LinkedHashSet<>();
    final Map<String, Integer> globals = new LinkedHashMap<>();
    final Map<String, Integer> nonlocals = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final List<String> cellVars = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    boolean isGenerator;
    /** Offset of the first use of a name, for errors about later declarations. */
    final Map<String, Integer> firstUse = new LinkedHashMap<>();

    Scope(Kind kind, Scope parent, String name, String qualname) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.qualname = qualname;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    Binding binding(String id) {
        Binding b = bindings.get(id);
        if (b != null) {
            return b;
        }
        return Binding.GLOBAL_IMPLICIT;
    }

    /** The qualified name children of this scope get as prefix. */
    String childQualnamePrefix() {
        switch (kind) {
            case MODULE:
                return "";
            case CLASS:
                return qualname + ".";
            default:
                return qualname + ".<locals>.";
        }
    }
}
