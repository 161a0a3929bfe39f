package org.tessera.lang.runtime;

import org.tessera.lang.runtime.iterator.PyDictIterator;

/** {@code dict.keys()}, {@code values()} or {@code items()}: a live view of a dict. */
public final class PyDictView extends PyValue {
    private final PyDict dict;
    private final PyDictIterator.Kind kind;

    public PyDictView(PyDict dict, PyDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict getDict() {
        return dict;
    }

    public PyDictIterator.Kind getKind() {
        return kind;
    }

    /** keys() and items() views behave as sets; values() does not. */
    public boolean isSetLike() {
        return kind != PyDictIterator.Kind.VALUES;
    }

    public PyDictIterator iterator() {
        return new PyDictIterator(dict, kind);
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        switch (kind) {
            case KEYS:
                return types.dictKeysType;
            case VALUES:
                return types.dictValuesType;
            default:
                return types.dictItemsType;
        }
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"mapping"};
    }

    @Override
    protected Object interopMember(String name) {
        return name.equals("mapping") ? dict : null;
    }
}
