package org.tessera.lang.nodes.local;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The node object of a variable access for tools: an interop object with one member, {@code name}. */
@ExportLibrary(InteropLibrary.class)
public final class VariableDescriptor implements TruffleObject {
    private static final String NAME = "name";

    private final String name;

    public VariableDescriptor(String name) {
        this.name = name;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(NAME);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return NAME.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!NAME.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return name;
    }
}
