package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyErrors;

/** Iterates a dict's keys, values or items in insertion order; resizing it meanwhile is an error. */
public final class PyDictIterator extends PyIterator {
    public enum Kind {
        KEYS("dict_keyiterator"), VALUES("dict_valueiterator"), ITEMS("dict_itemiterator");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    private final PyDict dict;
    private final Kind kind;
    private final int expectedSize;
    private int entry;
    private boolean exhausted;

    public PyDictIterator(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (dict.size() != expectedSize) {
            exhausted = true;
            throw PyErrors.runtimeError(null, "dictionary changed size during iteration");
        }
        while (entry < dict.entryLimit()) {
            int e = entry++;
            Object key = dict.keyAt(e);
            if (key != null) {
                switch (kind) {
                    case KEYS:
                        return key;
                    case VALUES:
                        return dict.valueAt(e);
                    default:
                        return PyTuple.of(key, dict.valueAt(e));
                }
            }
        }
        exhausted = true;
        return null;
    }

    @Override
    public String getTypeName() {
        return kind.typeName;
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"dict"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "dict" -> dict;
            default -> null;
        };
    }
}
