package org.tessera.lang.builtins.tiles;

import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.PyValue;

/**
 * The handle {@code tiles.spawn} returns: {@code result()} gives what the task returned. Tools
 * see the members {@code id} (spawns are numbered from 1 in each context) and {@code value}.
 */
final class PyTask extends PyValue {
    private final PyType type;
    private final long id;
    private final Object result;

    PyTask(PyType type, long id, Object result) {
        this.type = type;
        this.id = id;
        this.result = result;
    }

    Object getResult() {
        return result;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return type;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"id", "value"};
    }

    @Override
    protected Object interopMember(String name) {
        return switch (name) {
            case "id" -> id;
            case "value" -> result;
            default -> null;
        };
    }
}
