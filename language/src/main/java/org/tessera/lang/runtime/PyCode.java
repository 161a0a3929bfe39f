package org.tessera.lang.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** What a {@code def} or {@code lambda} compiles to: shared by every function object it creates. */
public final class PyCode {
    private final String name;
    private final String qualname;
    private final Signature signature;
    private final RootCallTarget callTarget;
    private final boolean generator;

    public PyCode(String name, String qualname, Signature signature, RootCallTarget callTarget, boolean generator) {
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.callTarget = callTarget;
        this.generator = generator;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public Signature getSignature() {
        return signature;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public boolean isGenerator() {
        return generator;
    }
}
