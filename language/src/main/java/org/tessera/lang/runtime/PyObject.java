package org.tessera.lang.runtime;

import java.lang.invoke.MethodHandles;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.interop.InteropValues;
import org.tessera.lang.runtime.interop.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.TriState;

/**
 * An instance of a Python class with a {@code __dict__}: its attributes are the properties of a
 * Truffle {@link DynamicObject}, and its class is the dynamic type of its shape, so one shape
 * check proves both the class and the attribute layout. Tools see the attributes as interop
 * members.
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
    final TriState isIdenticalOrUndefined(Object other) {
        return TriState.valueOf(this == other);
    }

    @ExportMessage
    @TruffleBoundary
    final int identityHashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return getPyType();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return getPyType().lookup("__call__") != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return InteropValues.callFromInterop(this, arguments);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberModifiable(String member) {
        return member(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInsertable(String member) {
        return member(member) == null;
    }

    /** Another language sets an attribute: as {@code setattr(obj, member, value)} in Python. */
    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) {
        AttributeOps.setAttribute(this, member, InteropValues.toPython(value));
    }

    /** A method (or any callable attribute) another language may invoke by name: {@code obj.method(args)} in JavaScript. */
    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInvocable(String member) {
        Object attribute = AttributeOps.lookup(this, member);
        return attribute != null && InteropLibrary.getUncached().isExecutable(attribute);
    }

    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        Object attribute = AttributeOps.lookup(this, member);
        if (attribute == null) {
            throw UnknownIdentifierException.create(member);
        }
        return InteropValues.callFromInterop(attribute, arguments);
    }

    /** The throwable interop throws for this object if it is an exception; null if it is not one. */
    protected RuntimeException interopException() {
        return null;
    }

    @ExportMessage
    final boolean isException() {
        return interopException() != null;
    }

    @ExportMessage
    @TruffleBoundary
    final RuntimeException throwException() throws UnsupportedMessageException {
        RuntimeException e = interopException();
        if (e == null) {
            throw UnsupportedMessageException.create();
        }
        throw e;
    }

    /** Attributes that live in Java fields rather than in the shape (an exception's args, say), for tools. */
    protected String[] fieldMemberNames() {
        return new String[0];
    }

    /** The value of a field member named by {@link #fieldMemberNames()}, or null. */
    protected Object fieldMember(@SuppressWarnings("unused") String name) {
        return null;
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<String> names = new ArrayList<>();
        for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(this)) {
            if (key instanceof String name) {
                names.add(name);
            }
        }
        for (String name : fieldMemberNames()) {
            if (fieldMember(name) != null) {
                names.add(name);
            }
        }
        return new MemberNames(names.toArray(new String[0]));
    }

    private Object member(String name) {
        Object value = DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
        return value != null ? value : fieldMember(name);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return member(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        Object value = member(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return InteropValues.expose(value);
    }
}
