package org.tessera.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A module: a name and its globals, one {@link GlobalCell} per name ever looked up or bound. */
public final class PyModule extends PyValue {
    private final String name;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();
    private final Function<String, Object> lazyMembers;

    public PyModule(String name) {
        this(name, null);
    }

    /**
     * A module whose members are made on first lookup by {@code lazyMembers} (which returns null
     * for names the module does not have): built-in modules start up without building everything.
     */
    public PyModule(String name, Function<String, Object> lazyMembers) {
        this.name = name;
        this.lazyMembers = lazyMembers;
    }

    public String getName() {
        return name;
    }

    /** The cell for {@code key}, created unbound if the module never had it. */
    @TruffleBoundary
    public GlobalCell getCell(String key) {
        GlobalCell cell = cells.get(key);
        if (cell == null) {
            cell = new GlobalCell(key);
            cells.put(key, cell);
            if (lazyMembers != null) {
                Object value = lazyMembers.apply(key);
                if (value != null) {
                    cell.set(value);
                }
            }
        }
        return cell;
    }

    /** The value bound to {@code key}, or null. */
    @TruffleBoundary
    public Object get(String key) {
        GlobalCell cell = lazyMembers == null ? cells.get(key) : getCell(key);
        return cell == null ? null : cell.get();
    }

    @TruffleBoundary
    public void set(String key, Object value) {
        getCell(key).set(value);
    }

    /** The bound names, in the order they were first bound or looked up. */
    @TruffleBoundary
    public List<String> boundNames() {
        List<String> names = new ArrayList<>();
        for (GlobalCell cell : cells.values()) {
            if (cell.get() != null) {
                names.add(cell.getName());
            }
        }
        return names;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.moduleType;
    }

    /** A module's members are its globals. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return boundNames().toArray(new String[0]);
    }

    @Override
    protected Object interopMember(String key) {
        GlobalCell cell = cells.get(key);
        return cell == null ? null : cell.get();
    }
}
