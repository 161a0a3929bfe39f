package org.tessera.lang.runtime;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.interop.InteropValues;
import org.tessera.lang.runtime.interop.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.utilities.TriState;

/**
 * Base of the built-in value classes that are not {@link PyObject}s (lists, tuples, functions,
 * types...). Exports what every Python value shares through interop: its language, its type as
 * meta-object, and {@code repr} as display string. Subclasses show what they refer to, so that a
 * tool can walk the object graph: references by name through {@link #interopMemberNames} and
 * {@link #interopMember} (interop members), elements through {@link #interopArraySize} and
 * {@link #interopArrayElement} (interop array elements). Reading them never runs Python code and
 * never allocates a Python object.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PyValue implements TruffleObject {

    /** This value's Python class. */
    public abstract PyType getPyType(BuiltinTypes types);

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
    @TruffleBoundary
    final Object getMetaObject() {
        return PyObjects.typeOf(this);
    }

    /**
     * The names of this value's interop members, or null if it has none. Internal members (the
     * hidden references of iterators, say) are listed only when {@code includeInternal}; the
     * answer being null or not must not depend on it.
     */
    protected String[] interopMemberNames(@SuppressWarnings("unused") boolean includeInternal) {
        return null;
    }

    /** The value of interop member {@code name}, or null if there is no such readable member. */
    protected Object interopMember(@SuppressWarnings("unused") String name) {
        return null;
    }

    /** The number of interop array elements, or -1 if this value is not an interop array. */
    protected int interopArraySize() {
        return -1;
    }

    /** Interop array element {@code index}, in {@code [0, interopArraySize())}. */
    protected Object interopArrayElement(@SuppressWarnings("unused") int index) {
        throw new IndexOutOfBoundsException();
    }

    /** Whether interop may call this value: functions, methods and classes. */
    protected boolean interopExecutable() {
        return false;
    }

    /** Whether interop may instantiate this value: classes. */
    protected boolean interopInstantiable() {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return interopExecutable();
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!interopExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return InteropValues.callFromInterop(this, arguments);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isInstantiable() {
        return interopInstantiable();
    }

    @ExportMessage
    @TruffleBoundary
    final Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        if (!interopInstantiable()) {
            throw UnsupportedMessageException.create();
        }
        return InteropValues.callFromInterop(this, arguments);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasIterator() {
        return !(this instanceof PyType) && Iteration.isIterable(this);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getIterator() throws UnsupportedMessageException {
        if (!hasIterator()) {
            throw UnsupportedMessageException.create();
        }
        return Iteration.getIterator(this);
    }

    /** Whether this is an iterator for interop: {@link org.tessera.lang.runtime.iterator.PyIterator} says yes. */
    protected boolean interopIsIterator() {
        return false;
    }

    /** Whether the iterator has a next element (it may have to take it to know). */
    protected boolean interopHasNext() {
        return false;
    }

    /** The next element, or null when there is none. */
    protected Object interopNext() {
        return null;
    }

    @ExportMessage
    final boolean isIterator() {
        return interopIsIterator();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasIteratorNextElement() throws UnsupportedMessageException {
        if (!interopIsIterator()) {
            throw UnsupportedMessageException.create();
        }
        return interopHasNext();
    }

    @ExportMessage
    @TruffleBoundary
    final Object getIteratorNextElement() throws UnsupportedMessageException, StopIterationException {
        if (!interopIsIterator()) {
            throw UnsupportedMessageException.create();
        }
        Object next = interopNext();
        if (next == null) {
            throw StopIterationException.create();
        }
        return InteropValues.expose(next);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasMembers() {
        return interopMemberNames(true) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(boolean includeInternal) throws UnsupportedMessageException {
        String[] names = interopMemberNames(includeInternal);
        if (names == null) {
            throw UnsupportedMessageException.create();
        }
        return new MemberNames(names);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return interopMember(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException, UnsupportedMessageException {
        if (interopMemberNames(true) == null) {
            throw UnsupportedMessageException.create();
        }
        Object value = interopMember(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return InteropValues.expose(value);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasArrayElements() {
        return interopArraySize() >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    final long getArraySize() throws UnsupportedMessageException {
        int size = interopArraySize();
        if (size < 0) {
            throw UnsupportedMessageException.create();
        }
        return size;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isArrayElementReadable(long index) {
        return index >= 0 && index < interopArraySize();
    }

    @ExportMessage
    @TruffleBoundary
    final Object readArrayElement(long index) throws InvalidArrayIndexException, UnsupportedMessageException {
        if (interopArraySize() < 0) {
            throw UnsupportedMessageException.create();
        }
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return InteropValues.expose(interopArrayElement((int) index));
    }
}
