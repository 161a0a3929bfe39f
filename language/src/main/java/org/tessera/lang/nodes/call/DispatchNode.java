package org.tessera.lang.nodes.call;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.Allocations;
import org.tessera.lang.runtime.ArgumentMatcher;
import org.tessera.lang.runtime.CallPlan;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyBoundMethod;
import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyFunctionBase;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a callee with positional arguments and the keyword arguments whose names the call site
 * fixed. Functions are cached by code, with a plan that maps the arguments to parameter slots;
 * bound methods unwrap to their function; everything else takes the generic path.
 */
public abstract class DispatchNode extends Node {
    private final String[] keywordNames;

    protected DispatchNode(String[] keywordNames) {
        this.keywordNames = keywordNames;
    }

    public abstract Object execute(VirtualFrame frame, Object callee, Object[] positional, Object[] keywordValues);

    protected int callCacheLimit() {
        return TesseraLanguage.get(this).getCallCacheLimit();
    }

    @Specialization(guards = {"callee.getCallKey() == cachedKey", "positional.length == cachedArgCount"}, limit = "callCacheLimit()")
    protected Object callFunction(PyFunctionBase callee, Object[] positional, Object[] keywordValues,
                    @Cached("callee.getCallKey()") Object cachedKey,
                    @Cached("positional.length") int cachedArgCount,
                    @Cached("createPlan(callee, cachedArgCount)") CallPlan plan,
                    @Cached("create(callee.getCallTarget())") DirectCallNode call) {
        Object[] frameArguments = plan == null ? null : plan.apply(callee, positional, keywordValues);
        if (frameArguments == null) {
            frameArguments = match(callee, positional, keywordValues);
        }
        return call.call(frameArguments);
    }

    /**
     * Past the cache limit (a megamorphic site, such as {@code node.eval()} over many node
     * classes): an indirect call with the plan the function's signature remembers.
     */
    @Specialization(replaces = "callFunction")
    protected Object callFunctionMegamorphic(PyFunctionBase callee, Object[] positional, Object[] keywordValues,
                    @Cached IndirectCallNode call) {
        CallPlan plan = callee.getSignature().cachedPlan(positional.length, keywordNames);
        Object[] frameArguments = plan == null ? null : plan.applyUncached(callee, positional, keywordValues);
        if (frameArguments == null) {
            frameArguments = match(callee, positional, keywordValues);
        }
        return call.call(callee.getCallTarget(), frameArguments);
    }

    @Specialization
    protected Object callMethod(VirtualFrame frame, PyBoundMethod callee, Object[] positional, Object[] keywordValues,
                    @Cached("createInner()") DispatchNode inner) {
        Object[] withSelf = new Object[positional.length + 1];
        withSelf[0] = callee.getSelf();
        System.arraycopy(positional, 0, withSelf, 1, positional.length);
        return inner.execute(frame, callee.getFunction(), withSelf, keywordValues);
    }

    /**
     * {@code C(args)} for a Python class that keeps object's {@code __new__}: allocate the
     * instance with the class's initial shape and call {@code __init__} directly.
     */
    @Specialization(guards = {"callee == cachedType", "init != null"}, assumptions = "cachedType.getStableAssumption()", limit = "callCacheLimit()")
    protected Object construct(VirtualFrame frame, PyType callee, Object[] positional, Object[] keywordValues,
                    @Cached("callee") PyType cachedType,
                    @Cached("plainInit(cachedType)") PyFunction init,
                    @Cached("createInner()") DispatchNode initCall) {
        PyObject instance = new PyObject(cachedType.getInstanceShape());
        Allocations.created(instance);
        Object[] withSelf = new Object[positional.length + 1];
        withSelf[0] = instance;
        System.arraycopy(positional, 0, withSelf, 1, positional.length);
        Object result = initCall.execute(frame, init, withSelf, keywordValues);
        if (result != PyNone.NONE) {
            throw initReturnedValue(result);
        }
        return instance;
    }

    @TruffleBoundary
    private RuntimeException initReturnedValue(Object result) {
        return Location.at(this, () -> {
            throw PyErrors.typeError(null, "__init__() should return None, not '%s'", PyErrors.typeName(result));
        });
    }

    /** The Python {@code __init__} of a class whose instances object's {@code __new__} makes; else null. */
    @TruffleBoundary
    protected static PyFunction plainInit(PyType type) {
        if (type.isBuiltin()) {
            return null;
        }
        PyType object = PyObjects.types().objectType;
        if (type.lookup("__new__") != object.getOwn("__new__") || org.tessera.lang.runtime.ClassBuilder.solidBase(type) != object) {
            return null;
        }
        return type.lookup("__init__") instanceof PyFunction f ? f : null;
    }

    /**
     * {@code T(args)} for a built-in class whose {@code __new__} does all the work ({@code range},
     * {@code list}, {@code int}, {@code tuple}...): a direct call of that {@code __new__} with the
     * class in front.
     */
    @Specialization(guards = {"callee == cachedType", "newFunction != null"}, limit = "callCacheLimit()")
    protected Object constructBuiltin(VirtualFrame frame, PyType callee, Object[] positional, Object[] keywordValues,
                    @Cached("callee") PyType cachedType,
                    @Cached("builtinNew(cachedType)") org.tessera.lang.runtime.PyBuiltinFunction newFunction,
                    @Cached("createInner()") DispatchNode newCall) {
        Object[] withType = new Object[positional.length + 1];
        withType[0] = cachedType;
        System.arraycopy(positional, 0, withType, 1, positional.length);
        return newCall.execute(frame, newFunction, withType, keywordValues);
    }

    /** The {@code __new__} of a built-in class when calling the class means just calling it; else null. */
    @TruffleBoundary
    protected static org.tessera.lang.runtime.PyBuiltinFunction builtinNew(PyType type) {
        if (!type.isBuiltin()) {
            return null;
        }
        org.tessera.lang.runtime.BuiltinTypes types = PyObjects.types();
        Object init = type.lookup("__init__");
        boolean initIsNoop = init == types.objectType.getOwn("__init__") || type == types.listType || type == types.dictType || type == types.setType;
        if (!initIsNoop || type.isSubtypeOf(types.error(org.tessera.lang.runtime.exception.ErrorType.BaseException))) {
            return null;
        }
        return type.lookup("__new__") instanceof org.tessera.lang.runtime.PyBuiltinFunction f ? f : null;
    }

    @Specialization(replaces = {"callFunction", "callFunctionMegamorphic", "construct", "constructBuiltin"})
    protected Object callGeneric(Object callee, Object[] positional, Object[] keywordValues) {
        return Location.at(this, () -> CallSupport.call(callee, positional, keywordNames, keywordValues));
    }

    protected CallPlan createPlan(PyFunctionBase callee, int argCount) {
        return CallPlan.create(callee.getSignature(), argCount, keywordNames);
    }

    protected DispatchNode createInner() {
        return DispatchNodeGen.create(keywordNames);
    }

    @TruffleBoundary
    private Object[] match(PyFunctionBase callee, Object[] positional, Object[] keywordValues) {
        return Location.at(this, () -> ArgumentMatcher.match(callee, positional, keywordNames, keywordValues));
    }

    public static DispatchNode create(String[] keywordNames) {
        return DispatchNodeGen.create(keywordNames);
    }

    public static DispatchNode create() {
        return DispatchNodeGen.create(ArgumentMatcher.NO_KEYWORDS);
    }
}
