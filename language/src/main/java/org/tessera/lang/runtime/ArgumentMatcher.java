package org.tessera.lang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds call arguments to parameters, with CPython 3.11's rules and error messages. Call sites
 * use it on their slow path; their fast path replays a {@link CallPlan} made from the same rules.
 */
public final class ArgumentMatcher {
    public static final String[] NO_KEYWORDS = new String[0];
    public static final Object[] NO_VALUES = new Object[0];

    private ArgumentMatcher() {
    }

    /** The frame arguments ({@code [fn, slot...]}) for calling {@code fn}, or a TypeError. */
    @TruffleBoundary
    public static Object[] match(PyFunctionBase fn, Object[] positional, String[] kwNames, Object[] kwValues) {
        Signature sig = fn.getSignature();
        if (fn instanceof PyBuiltinFunction builtin && isPositionalOnly(sig)) {
            checkBuiltinArity(builtin, sig, positional.length, kwNames.length);
        }
        String[] params = sig.getPositionalNames();
        String[] kwonly = sig.getKwonlyNames();
        int nParams = params.length;
        Object[] frame = new Object[1 + sig.getSlotCount()];
        frame[0] = fn;
        int nPos = positional.length;
        System.arraycopy(positional, 0, frame, 1, Math.min(nPos, nParams));
        if (sig.hasVarArgs()) {
            frame[1 + sig.getVarArgsSlot()] = nPos > nParams ? new PyTuple(Arrays.copyOfRange(positional, nParams, nPos)) : PyTuple.EMPTY;
        }
        PyDict extraKeywords = sig.hasVarKw() ? new PyDict() : null;
        List<String> posonlyAsKeyword = null;
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            int slot = indexOf(params, name, sig.getPosonlyCount());
            if (slot < 0) {
                int j = indexOf(kwonly, name, 0);
                slot = j < 0 ? -1 : sig.getKwonlySlot(j);
            }
            if (slot >= 0) {
                if (frame[1 + slot] != null) {
                    throw PyErrors.typeError(null, "%s() got multiple values for argument '%s'", sig.getName(), name);
                }
                frame[1 + slot] = kwValues[k];
            } else if (extraKeywords != null) {
                if (extraKeywords.containsKey(name)) {
                    throw PyErrors.typeError(null, "%s() got multiple values for keyword argument '%s'", sig.getName(), name);
                }
                extraKeywords.put(name, kwValues[k]);
            } else if (indexOf(params, name, 0) >= 0) {
                if (posonlyAsKeyword == null) {
                    posonlyAsKeyword = new ArrayList<>();
                }
                posonlyAsKeyword.add(name);
            } else {
                throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", sig.getName(), name);
            }
        }
        if (posonlyAsKeyword != null) {
            throw PyErrors.typeError(null, "%s() got some positional-only arguments passed as keyword arguments: '%s'", sig.getName(),
                            String.join(", ", posonlyAsKeyword));
        }
        if (nPos > nParams && !sig.hasVarArgs()) {
            throw tooManyPositional(sig, nPos, frame);
        }
        fillDefaults(fn, sig, frame);
        if (extraKeywords != null) {
            frame[1 + sig.getVarKwSlot()] = extraKeywords;
        }
        return frame;
    }

    private static boolean isPositionalOnly(Signature sig) {
        return sig.getPosonlyCount() == sig.getPositionalCount() && !sig.hasVarArgs() && !sig.hasVarKw() && sig.getKwonlyNames().length == 0;
    }

    /**
     * The arity errors of C functions, which differ from those of Python functions: METH_O and
     * METH_NOARGS methods, and Argument Clinic's positional checks.
     */
    private static void checkBuiltinArity(PyBuiltinFunction fn, Signature sig, int given, int keywords) {
        int self = fn.getOwner() != null ? 1 : 0;
        int max = sig.getPositionalCount() - self;
        int min = sig.getRequiredPositionalCount() - self;
        int n = given - self;
        if (keywords > 0 && max > 0 && n >= min && n <= max) {
            throw PyErrors.typeError(null, "%s() takes no keyword arguments", fn.getQualname());
        }
        if (n >= min && n <= max) {
            return;
        }
        if (max == 1 && min == 1) {
            throw PyErrors.typeError(null, "%s() takes exactly one argument (%d given)", fn.getQualname(), n);
        } else if (max == 0) {
            throw PyErrors.typeError(null, "%s() takes no arguments (%d given)", fn.getQualname(), n);
        }
        String bound = min == max ? "" : n > max ? "at most " : "at least ";
        int expected = n > max ? max : min;
        throw PyErrors.typeError(null, "%s expected %s%d argument%s, got %d", fn.getName(), bound, expected, expected == 1 ? "" : "s", n);
    }

    private static void fillDefaults(PyFunctionBase fn, Signature sig, Object[] frame) {
        String[] params = sig.getPositionalNames();
        int firstDefault = params.length - sig.getDefaultsCount();
        Object[] defaults = fn.getDefaults();
        List<String> missing = null;
        for (int i = 0; i < params.length; i++) {
            if (frame[1 + i] == null) {
                if (i >= firstDefault) {
                    frame[1 + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(params[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(sig, missing, "positional");
        }
        String[] kwonly = sig.getKwonlyNames();
        Object[] kwDefaults = fn.getKwDefaults();
        for (int j = 0; j < kwonly.length; j++) {
            int slot = 1 + sig.getKwonlySlot(j);
            if (frame[slot] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[j];
                if (d == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(kwonly[j]);
                } else {
                    frame[slot] = d;
                }
            }
        }
        if (missing != null) {
            throw missingArguments(sig, missing, "keyword-only");
        }
    }

    private static int indexOf(String[] names, String name, int from) {
        for (int i = from; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException tooManyPositional(Signature sig, int given, Object[] frame) {
        int kwonlyGiven = 0;
        for (int j = 0; j < sig.getKwonlyNames().length; j++) {
            if (frame[1 + sig.getKwonlySlot(j)] != null) {
                kwonlyGiven++;
            }
        }
        int argcount = sig.getPositionalCount();
        int defcount = sig.getDefaultsCount();
        String range;
        boolean plural;
        if (defcount > 0) {
            range = "from " + (argcount - defcount) + " to " + argcount;
            plural = true;
        } else {
            range = String.valueOf(argcount);
            plural = argcount != 1;
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") +
                            ")";
        }
        return PyErrors.typeError(null, "%s() takes %s positional argument%s but %d%s %s given", sig.getName(), range, plural ? "s" : "", given, kwonlySig,
                        given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missingArguments(Signature sig, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                names.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(null, "%s() missing %d required %s argument%s: %s", sig.getName(), n, kind, n > 1 ? "s" : "", names);
    }
}
