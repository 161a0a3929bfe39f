package org.tessera.lang.runtime;

import java.lang.invoke.MethodHandles;

import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a Python class with a {@code __dict__}: its attributes are the properties of a
 * Truffle {@link DynamicObject}, and its class is the dynamic type of its shape, so one shape
 * check proves both the class and the attribute layout.
 */
@ExportLibrary(InteropLibrary.class)
public class PyObject extends DynamicObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    public PyObject(Shape shape) {
        super(shape);
    }

    public final PyType getPyType() {
        return (PyType) getShape().getDynamicType();
    }

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return TesseraLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyObjects.repr(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return getPyType();
    }
}
