package org.tessera.lang.runtime;

import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A function implemented in Java: a builtin of the {@code builtins} module, a method of a built-in
 * type (then {@link #getOwner()} is that type and the first parameter is {@code self}), or a
 * function of a built-in module. Its call target is made on first call, so start-up pays only
 * for the builtins a program uses.
 */
public final class PyBuiltinFunction extends PyFunctionBase {
    private final String name;
    private final PyType owner;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final Function<PyBuiltinFunction, RootCallTarget> callTargetFactory;
    @CompilationFinal private RootCallTarget callTarget;

    public PyBuiltinFunction(String name, PyType owner, Signature signature, Function<PyBuiltinFunction, RootCallTarget> callTargetFactory) {
        this.name = name;
        this.owner = owner;
        this.signature = signature;
        this.callTargetFactory = callTargetFactory;
        this.defaults = filled(signature.getDefaultsCount());
        this.kwDefaults = filled(signature.getKwonlyNames().length);
    }

    private static Object[] filled(int n) {
        Object[] a = new Object[n];
        java.util.Arrays.fill(a, PyNoValue.NO_VALUE);
        return a;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualname() {
        return owner == null ? name : owner.getName() + "." + name;
    }

    /** The built-in type this is a method of, or null for a plain function. */
    public PyType getOwner() {
        return owner;
    }

    @Override
    public Signature getSignature() {
        return signature;
    }

    @Override
    public RootCallTarget getCallTarget() {
        RootCallTarget target = callTarget;
        if (target == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            target = callTargetFactory.apply(this);
            callTarget = target;
        }
        return target;
    }

    @Override
    public Object getCallKey() {
        return this;
    }

    @Override
    public Object[] getDefaults() {
        return defaults;
    }

    @Override
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.builtinFunctionType;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"__name__", "__qualname__"};
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "__name__" -> name;
            case "__qualname__" -> getQualname();
            default -> null;
        };
    }
}
