package org.tessera.lang.nodes.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.interop.InteropValues;
import org.tessera.lang.runtime.interop.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A module's globals as an interop scope: the parent scope of its frames and, for
 * {@code __main__}, the language's top scope ({@code TruffleLanguage.getScope}, which polyglot
 * shows as the bindings). The top scope also lists, as internal members {@code <module NAME>},
 * every other module the program has loaded (what {@code sys.modules} holds), so that a tool
 * walking from the top scope reaches every module's globals.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalScope implements TruffleObject {
    private static final String MODULE_PREFIX = "<module ";

    private final PyModule module;
    /** The context whose loaded modules are internal members; null for a frame's parent scope. */
    private final TesseraContext context;

    public GlobalScope(PyModule module, TesseraContext context) {
        this.module = module;
        this.context = context;
    }

    private Map<String, PyModule> otherModules() {
        Map<String, PyModule> modules = context.loadedModules();
        modules.remove(module.getName());
        return modules;
    }

    Object lookup(String member) {
        if (context != null && member.startsWith(MODULE_PREFIX) && member.endsWith(">")) {
            return otherModules().get(member.substring(MODULE_PREFIX.length(), member.length() - 1));
        }
        Object value = module.get(member);
        return InteropValues.isValid(value) ? value : null;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return TesseraLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<module " + module.getName() + ">";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    List<String> names(boolean includeInternal) {
        List<String> names = new ArrayList<>();
        for (String name : module.boundNames()) {
            if (InteropValues.isValid(module.get(name))) {
                names.add(name);
            }
        }
        if (includeInternal && context != null) {
            for (String name : otherModules().keySet()) {
                names.add(MODULE_PREFIX + name + ">");
            }
        }
        return names;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new MemberNames(names(includeInternal).toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookup(member) != null;
    }

    /** A global's name, not one of the internal module entries. */
    private static boolean isGlobalName(String member) {
        return !member.startsWith(MODULE_PREFIX);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return isGlobalName(member) && module.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return isGlobalName(member) && module.get(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberRemovable(String member) {
        return isMemberModifiable(member);
    }

    /** An embedder's {@code bindings.putMember}: a global of the module, as a Python value. */
    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException {
        if (!isGlobalName(member)) {
            throw UnknownIdentifierException.create(member);
        }
        module.set(member, InteropValues.toPython(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        if (!isMemberRemovable(member)) {
            throw UnknownIdentifierException.create(member);
        }
        module.getCell(member).clear();
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = lookup(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }
}
