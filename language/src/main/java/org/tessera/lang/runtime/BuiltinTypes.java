package org.tessera.lang.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tessera.lang.runtime.exception.ErrorType;

/**
 * The built-in classes of one language instance. They are immutable from Python, so every
 * context of an engine shares them; their methods are installed lazily by the builtins registry.
 */
public final class BuiltinTypes {
    public final PyType objectType;
    public final PyType typeType;
    public final PyType intType;
    public final PyType boolType;
    public final PyType floatType;
    public final PyType strType;
    public final PyType bytesType;
    public final PyType listType;
    public final PyType tupleType;
    public final PyType dictType;
    public final PyType setType;
    public final PyType frozenSetType;
    public final PyType rangeType;
    public final PyType sliceType;
    public final PyType noneType;
    public final PyType notImplementedType;
    public final PyType ellipsisType;
    public final PyType functionType;
    public final PyType builtinFunctionType;
    public final PyType methodType;
    public final PyType cellType;
    public final PyType moduleType;
    public final PyType dictKeysType;
    public final PyType dictValuesType;
    public final PyType dictItemsType;
    public final PyType textIOType;
    public final PyType propertyType;
    public final PyType staticMethodType;
    public final PyType classMethodType;
    public final PyType superType;
    /** {@code polyglot.ForeignException}: an exception of another language, as Python code catches it. */
    public final PyType foreignExceptionType;
    private final PyType[] errors = new PyType[ErrorType.values().length];
    /** Every class that the builtins module exposes by name. */
    private final Map<String, PyType> byName = new LinkedHashMap<>();
    private final Map<String, PyType> hiddenByName = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.function.Consumer<PyType> hiddenTypeInitializer;

    public BuiltinTypes() {
        objectType = make("object", new PyType[0]);
        typeType = make("type");
        intType = make("int");
        boolType = make("bool", intType);
        floatType = make("float");
        strType = make("str");
        bytesType = make("bytes");
        listType = make("list");
        tupleType = make("tuple");
        dictType = make("dict");
        setType = make("set");
        frozenSetType = make("frozenset");
        rangeType = make("range");
        sliceType = make("slice");
        noneType = hidden("NoneType");
        notImplementedType = hidden("NotImplementedType");
        ellipsisType = hidden("ellipsis");
        functionType = hidden("function");
        builtinFunctionType = hidden("builtin_function_or_method");
        methodType = hidden("method");
        cellType = hidden("cell");
        moduleType = hidden("module");
        dictKeysType = hidden("dict_keys");
        dictValuesType = hidden("dict_values");
        dictItemsType = hidden("dict_items");
        textIOType = new PyType("TextIOWrapper", "_io", new PyType[]{objectType}, true);
        propertyType = make("property");
        staticMethodType = make("staticmethod");
        classMethodType = make("classmethod");
        superType = make("super");
        for (ErrorType e : ErrorType.values()) {
            PyType base = e.base == null ? objectType : errors[e.base.ordinal()];
            errors[e.ordinal()] = make(e.name(), base);
        }
        foreignExceptionType = new PyType("ForeignException", "polyglot", new PyType[]{errors[ErrorType.Exception.ordinal()]}, true);
    }

    private PyType make(String name, PyType... bases) {
        PyType t = hidden(name, bases);
        byName.put(name, t);
        return t;
    }

    private PyType hidden(String name, PyType... bases) {
        return new PyType(name, "builtins", bases.length == 0 && objectType != null ? new PyType[]{objectType} : bases, true);
    }

    /** A hidden class made on first use, for the many iterator and view classes of CPython. */
    public PyType hiddenType(String name) {
        PyType t = hiddenByName.get(name);
        if (t == null) {
            t = hidden(name);
            hiddenByName.put(name, t);
            if (hiddenTypeInitializer != null) {
                hiddenTypeInitializer.accept(t);
            }
        }
        return t;
    }

    /** How hidden classes get their members (they are iterators: {@code __iter__}, {@code __next__}). */
    public void setHiddenTypeInitializer(java.util.function.Consumer<PyType> initializer) {
        this.hiddenTypeInitializer = initializer;
    }

    public PyType error(ErrorType type) {
        return errors[type.ordinal()];
    }

    /** The classes named in the builtins module, by name. */
    public Map<String, PyType> named() {
        return byName;
    }
}
