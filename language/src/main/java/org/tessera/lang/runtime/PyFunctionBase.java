package org.tessera.lang.runtime;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What call sites need of anything callable with a {@link Signature}: Python functions and
 * built-in functions alike. {@link #getCallKey()} identifies the code, so a call site can cache
 * one plan and one {@code DirectCallNode} for every closure of the same {@code def}.
 */
public abstract class PyFunctionBase extends PyValue {
    @Override
    protected boolean interopExecutable() {
        return true;
    }


    public abstract Signature getSignature();

    public abstract RootCallTarget getCallTarget();

    /** Same for all function objects that run the same code with the same signature. */
    public abstract Object getCallKey();

    /** Values of the last {@code getSignature().getDefaultsCount()} positional parameters. */
    public abstract Object[] getDefaults();

    /** Per keyword-only parameter, its default or null if it is required. */
    public abstract Object[] getKwDefaults();

    public abstract String getName();

    public abstract String getQualname();
}
