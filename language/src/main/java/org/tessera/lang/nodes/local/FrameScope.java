package org.tessera.lang.nodes.local;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.Frames;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyGenerator;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.interop.InteropValues;
import org.tessera.lang.runtime.interop.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The variables of one running frame as an interop scope, for tools: what
 * {@code NodeLibrary.getScope} gives for any node of a function, module or builtin, and what a
 * generator's {@code gi_frame} member is. Members are the bound local variables (the contents of
 * the cells of variables that inner functions capture). Internal members are the rest of what
 * the frame keeps alive: the cells themselves ({@code <cell x>}), temporaries such as loop
 * iterators, a comprehension's result or a class body's namespace ({@code <temp3>},
 * {@code .result}, {@code <namespace>}), and the frame arguments ({@code <arg0>}: the function,
 * module or generator running, then the arguments). The parent scope is the module's globals,
 * whose members follow the frame's own, as interop requires of scopes.
 * <p>
 * A generator's body runs on the frame saved in the generator; given the frame of the body's
 * own root (which holds only the generator), the scope shows the saved frame.
 */
@ExportLibrary(InteropLibrary.class)
public final class FrameScope implements TruffleObject {
    /** The slot info that marks a frame slot holding the {@link PyCell} of a variable. */
    public static final Object CELL_SLOT = new Object();

    private final Frame frame;
    private final FrameDescriptor descriptor;
    private final String name;
    private final SourceSection section;

    private FrameScope(Frame frame, FrameDescriptor descriptor, String name, SourceSection section) {
        this.frame = frame;
        this.descriptor = descriptor;
        this.name = name;
        this.section = section;
    }

    /** The scope of {@code frame} (or, when it is null, the variable names of {@code root} without values). */
    public static FrameScope of(RootNode root, Frame frame) {
        Frame pythonFrame = frame;
        if (frame != null && frame.getArguments().length > 0 && frame.getArguments()[0] instanceof PyGenerator generator &&
                        frame.getFrameDescriptor() != generator.getFrame().getFrameDescriptor()) {
            pythonFrame = generator.getFrame();
        }
        FrameDescriptor descriptor = pythonFrame != null ? pythonFrame.getFrameDescriptor() : root.getFrameDescriptor();
        return new FrameScope(pythonFrame, descriptor, root.getName(), root.getSourceSection());
    }

    /** The scope of a generator's saved frame. */
    @TruffleBoundary
    public static FrameScope ofGenerator(PyGenerator generator) {
        return new FrameScope(generator.getFrame(), generator.getFrame().getFrameDescriptor(), generator.getName(), null);
    }

    /** The function object whose code runs in this frame, or null (module code, builtins). */
    public static PyFunction functionOf(RootNode root, Frame frame) {
        FrameScope scope = of(root, frame);
        Object first = scope.argument(0);
        return first instanceof PyFunction function ? function : null;
    }

    private static boolean isVariable(String slotName) {
        return !slotName.isEmpty() && slotName.charAt(0) != '<' && slotName.charAt(0) != '.';
    }

    private String slotName(int slot) {
        return String.valueOf(descriptor.getSlotName(slot));
    }

    private Object slotValue(int slot) {
        Object value = frame.getValue(slot);
        return value instanceof StringAccumulator accumulator ? accumulator.value() : value;
    }

    private Object argument(int index) {
        Object[] arguments = frame == null ? new Object[0] : frame.getArguments();
        return index < arguments.length ? arguments[index] : null;
    }

    /** The value of a variable slot: a captured variable's cell contents; null if unbound. */
    private Object variableValue(int slot) {
        Object value = slotValue(slot);
        if (descriptor.getSlotInfo(slot) == CELL_SLOT) {
            return value instanceof PyCell cell ? cell.get() : null;
        }
        return value;
    }

    private List<String> names(boolean includeInternal) {
        List<String> names = new ArrayList<>();
        int slots = descriptor.getNumberOfSlots();
        for (int slot = 0; slot < slots; slot++) {
            String slotName = slotName(slot);
            if (frame == null) {
                if (isVariable(slotName)) {
                    names.add(slotName);
                }
            } else if (isVariable(slotName) && InteropValues.isValid(variableValue(slot))) {
                names.add(slotName);
            }
        }
        if (includeInternal && frame != null) {
            for (int slot = 0; slot < slots; slot++) {
                String slotName = slotName(slot);
                if (isVariable(slotName)) {
                    if (descriptor.getSlotInfo(slot) == CELL_SLOT && slotValue(slot) instanceof PyCell) {
                        names.add("<cell " + slotName + ">");
                    }
                } else if (InteropValues.isValid(slotValue(slot))) {
                    names.add(slotName);
                }
            }
            Object[] arguments = frame.getArguments();
            for (int i = 0; i < arguments.length; i++) {
                if (InteropValues.isValid(arguments[i])) {
                    names.add("<arg" + i + ">");
                }
            }
        }
        return names;
    }

    /** The value of member {@code member}, or null if it has none (or there is no frame). */
    private Object lookup(String member) {
        if (frame == null) {
            return null;
        }
        if (member.startsWith("<arg") && member.endsWith(">")) {
            try {
                Object value = argument(Integer.parseInt(member.substring(4, member.length() - 1)));
                return InteropValues.isValid(value) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        boolean cell = member.startsWith("<cell ") && member.endsWith(">");
        String slotName = cell ? member.substring(6, member.length() - 1) : member;
        int slots = descriptor.getNumberOfSlots();
        for (int slot = 0; slot < slots; slot++) {
            if (slotName(slot).equals(slotName)) {
                Object value;
                if (cell) {
                    value = descriptor.getSlotInfo(slot) == CELL_SLOT ? slotValue(slot) : null;
                } else {
                    value = isVariable(slotName) ? variableValue(slot) : slotValue(slot);
                }
                return InteropValues.isValid(value) ? value : null;
            }
        }
        return null;
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<String> names = names(includeInternal);
        PyModule module = module();
        if (module != null) {
            names.addAll(new GlobalScope(module, null).names(includeInternal));
        }
        return new MemberNames(names.toArray(new String[0]));
    }

    /** A member of this frame, else a global of its module. */
    private Object lookupWithGlobals(String member) {
        Object value = lookup(member);
        PyModule module = module();
        return value != null || module == null ? value : new GlobalScope(module, null).lookup(member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookupWithGlobals(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = lookupWithGlobals(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasScopeParent() {
        return module() != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object getScopeParent() throws UnsupportedMessageException {
        PyModule module = module();
        if (module == null) {
            throw UnsupportedMessageException.create();
        }
        return new GlobalScope(module, null);
    }

    private PyModule module() {
        return frame == null ? null : Frames.moduleOf(frame);
    }
}
