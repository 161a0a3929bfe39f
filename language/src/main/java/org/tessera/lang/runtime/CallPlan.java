package org.tessera.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * How one call site's arguments map to one signature's slots, worked out once so that calls
 * with keywords or defaults need no name matching. Only plans for calls that
 * {@link ArgumentMatcher} would accept are made; the rest take the matcher's slow path and error.
 */
public final class CallPlan {
    private static final byte POSITIONAL = 0;
    private static final byte KEYWORD = 1;
    private static final byte DEFAULT = 2;
    private static final byte KW_DEFAULT = 3;
    private static final byte EMPTY_TUPLE = 4;
    private static final byte EMPTY_DICT = 5;
    private static final byte EXTRA_POSITIONAL = 6;

    @CompilationFinal(dimensions = 1) private final byte[] kinds;
    @CompilationFinal(dimensions = 1) private final int[] indices;

    private CallPlan(byte[] kinds, int[] indices) {
        this.kinds = kinds;
        this.indices = indices;
    }

    /** A plan for {@code nPositional} arguments and these keywords, or null if this needs the slow path. */
    @TruffleBoundary
    public static CallPlan create(Signature sig, int nPositional, String[] kwNames) {
        int nParams = sig.getPositionalCount();
        if (nPositional > nParams && !sig.hasVarArgs()) {
            return null;
        }
        int slots = sig.getSlotCount();
        byte[] kinds = new byte[slots];
        int[] indices = new int[slots];
        boolean[] filled = new boolean[slots];
        for (int i = 0; i < Math.min(nPositional, nParams); i++) {
            kinds[i] = POSITIONAL;
            indices[i] = i;
            filled[i] = true;
        }
        if (sig.hasVarArgs()) {
            int s = sig.getVarArgsSlot();
            kinds[s] = nPositional > nParams ? EXTRA_POSITIONAL : EMPTY_TUPLE;
            indices[s] = nParams;
            filled[s] = true;
        }
        String[] params = sig.getPositionalNames();
        String[] kwonly = sig.getKwonlyNames();
        for (int k = 0; k < kwNames.length; k++) {
            int slot = -1;
            for (int i = sig.getPosonlyCount(); i < nParams; i++) {
                if (params[i].equals(kwNames[k])) {
                    slot = i;
                }
            }
            for (int j = 0; j < kwonly.length && slot < 0; j++) {
                if (kwonly[j].equals(kwNames[k])) {
                    slot = sig.getKwonlySlot(j);
                }
            }
            if (slot < 0 || filled[slot]) {
                return null;
            }
            kinds[slot] = KEYWORD;
            indices[slot] = k;
            filled[slot] = true;
        }
        int firstDefault = nParams - sig.getDefaultsCount();
        for (int i = 0; i < nParams; i++) {
            if (!filled[i]) {
                if (i < firstDefault) {
                    return null;
                }
                kinds[i] = DEFAULT;
                indices[i] = i - firstDefault;
            }
        }
        for (int j = 0; j < kwonly.length; j++) {
            int s = sig.getKwonlySlot(j);
            if (!filled[s]) {
                kinds[s] = KW_DEFAULT;
                indices[s] = j;
            }
        }
        if (sig.hasVarKw()) {
            kinds[sig.getVarKwSlot()] = EMPTY_DICT;
        }
        return new CallPlan(kinds, indices);
    }

    /** The frame arguments, or null if a keyword-only default has gone missing since planning. */
    @ExplodeLoop
    public Object[] apply(PyFunctionBase fn, Object[] positional, Object[] kwValues) {
        Object[] frame = new Object[1 + kinds.length];
        frame[0] = fn;
        for (int s = 0; s < kinds.length; s++) {
            Object value = slotValue(s, fn, positional, kwValues);
            if (value == null) {
                return null;
            }
            frame[1 + s] = value;
        }
        return frame;
    }

    /**
     * {@link #apply} for a plan that is not a compilation constant (a megamorphic call site): a
     * boundary, so that partial evaluation does not try to unroll a loop of unknown length.
     */
    @TruffleBoundary
    public Object[] applyUncached(PyFunctionBase fn, Object[] positional, Object[] kwValues) {
        return apply(fn, positional, kwValues);
    }

    /** The value for slot {@code s}; null only for a keyword-only default gone missing. */
    private Object slotValue(int s, PyFunctionBase fn, Object[] positional, Object[] kwValues) {
        int i = indices[s];
        switch (kinds[s]) {
            case POSITIONAL:
                return positional[i];
            case KEYWORD:
                return kwValues[i];
            case DEFAULT:
                return fn.getDefaults()[i];
            case KW_DEFAULT:
                Object[] kwDefaults = fn.getKwDefaults();
                return kwDefaults == null ? null : kwDefaults[i];
            case EMPTY_TUPLE:
                return PyTuple.EMPTY;
            case EMPTY_DICT:
                return new PyDict();
            default:
                return extraPositional(positional, i);
        }
    }

    @TruffleBoundary
    private static PyTuple extraPositional(Object[] positional, int from) {
        return new PyTuple(java.util.Arrays.copyOfRange(positional, from, positional.length));
    }
}
