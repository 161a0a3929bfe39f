package org.tessera.lang.nodes;

import org.tessera.lang.runtime.interop.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The node object of a tagged node for tools ({@code InstrumentableNode.getNodeObject()}): an
 * interop object with a few string members, such as {@code name} for a variable or attribute
 * access and {@code operator} for arithmetic (see {@link org.tessera.lang.TesseraTags}).
 */
@ExportLibrary(InteropLibrary.class)
public final class NodeDescriptor implements TruffleObject {
    private final String[] names;
    private final String[] values;

    private NodeDescriptor(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** A descriptor with the members {@code namesAndValues[0]}, {@code [2]}... whose values follow each name. */
    public static NodeDescriptor of(String... namesAndValues) {
        String[] names = new String[namesAndValues.length / 2];
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = namesAndValues[2 * i];
            values[i] = namesAndValues[2 * i + 1];
        }
        return new NodeDescriptor(names, values);
    }

    /** The node object of a variable read: {@code readVariableName} (as {@code ReadVariableTag} requires) and {@code name}. */
    public static NodeDescriptor readVariable(String name) {
        return of(StandardTags.ReadVariableTag.NAME, name, "name", name);
    }

    /** The node object of a variable write: {@code writeVariableName} (as {@code WriteVariableTag} requires) and {@code name}. */
    public static NodeDescriptor writeVariable(String name) {
        return of(StandardTags.WriteVariableTag.NAME, name, "name", name);
    }

    private int indexOf(String member) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(member)) {
                return i;
            }
        }
        return -1;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return indexOf(member) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = indexOf(member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        return values[i];
    }
}
