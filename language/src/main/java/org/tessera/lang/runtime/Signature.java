package org.tessera.lang.runtime;

/**
 * The parameters of a function: what a call site needs to turn its arguments into the callee's
 * frame arguments. Frame argument 0 is the callee itself; then one slot per positional
 * parameter, one for {@code *args} (a tuple) if present, one per keyword-only parameter, and one
 * for {@code **kwargs} (a dict) if present. The number of defaults is part of the signature
 * (it is fixed by the source); the default values belong to the function object.
 */
public final class Signature {
    private final String name;
    private final String[] positionalNames;
    private final int posonlyCount;
    private final int defaultsCount;
    private final String varArgsName;
    private final String[] kwonlyNames;
    private final String varKwName;

    public Signature(String name, String[] positionalNames, int posonlyCount, int defaultsCount, String varArgsName, String[] kwonlyNames,
                    String varKwName) {
        this.name = name;
        this.positionalNames = positionalNames;
        this.posonlyCount = posonlyCount;
        this.defaultsCount = defaultsCount;
        this.varArgsName = varArgsName;
        this.kwonlyNames = kwonlyNames;
        this.varKwName = varKwName;
    }

    /** The name used in argument errors: the qualified name for Python functions, as CPython 3.11. */
    public String getName() {
        return name;
    }

    public String[] getPositionalNames() {
        return positionalNames;
    }

    public int getPositionalCount() {
        return positionalNames.length;
    }

    public int getPosonlyCount() {
        return posonlyCount;
    }

    public int getDefaultsCount() {
        return defaultsCount;
    }

    public int getRequiredPositionalCount() {
        return positionalNames.length - defaultsCount;
    }

    public boolean hasVarArgs() {
        return varArgsName != null;
    }

    public String getVarArgsName() {
        return varArgsName;
    }

    public String[] getKwonlyNames() {
        return kwonlyNames;
    }

    public boolean hasVarKw() {
        return varKwName != null;
    }

    public String getVarKwName() {
        return varKwName;
    }

    /** Number of parameter slots (frame arguments after the callee). */
    public int getSlotCount() {
        return positionalNames.length + (hasVarArgs() ? 1 : 0) + kwonlyNames.length + (hasVarKw() ? 1 : 0);
    }

    public int getVarArgsSlot() {
        return positionalNames.length;
    }

    public int getKwonlySlot(int i) {
        return positionalNames.length + (hasVarArgs() ? 1 : 0) + i;
    }

    public int getVarKwSlot() {
        return getSlotCount() - 1;
    }

    /** True if calls with exactly {@code n} positional arguments and no keywords need no matching. */
    public boolean acceptsExactly(int n) {
        return n == positionalNames.length && !hasVarArgs() && kwonlyNames.length == 0 && !hasVarKw();
    }

    /** The slot names in slot order, for locals and debuggers. */
    public String[] slotNames() {
        String[] names = new String[getSlotCount()];
        int i = 0;
        for (String n : positionalNames) {
            names[i++] = n;
        }
        if (hasVarArgs()) {
            names[i++] = varArgsName;
        }
        for (String n : kwonlyNames) {
            names[i++] = n;
        }
        if (hasVarKw()) {
            names[i] = varKwName;
        }
        return names;
    }

    /** The last plan asked for (megamorphic call sites ask again and again for the same one). */
    private PlanCache planCache;

    private record PlanCache(int nPositional, String[] kwNames, CallPlan plan) {
    }

    /**
     * {@link CallPlan#create} for these arguments, remembered for the last argument count and
     * keyword-name array (a call site's own array, compared by identity); null for the slow path.
     */
    public CallPlan cachedPlan(int nPositional, String[] kwNames) {
        PlanCache cache = planCache;
        if (cache != null && cache.nPositional == nPositional && cache.kwNames == kwNames) {
            return cache.plan;
        }
        return newPlan(nPositional, kwNames);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private CallPlan newPlan(int nPositional, String[] kwNames) {
        CallPlan plan = CallPlan.create(this, nPositional, kwNames);
        planCache = new PlanCache(nPositional, kwNames, plan);
        return plan;
    }
}
