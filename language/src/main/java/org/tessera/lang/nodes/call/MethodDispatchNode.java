package org.tessera.lang.nodes.call;

import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyFunctionBase;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls method {@code name} on a receiver without creating a bound method: for values of
 * built-in types (whose classes never change) the method is cached per Java class and called
 * with the receiver as first argument; anything else looks the attribute up and calls that.
 * The argument array has slot 0 reserved for the receiver.
 */
public abstract class MethodDispatchNode extends Node {
    protected final String name;
    @Child private DispatchNode dispatch;

    protected MethodDispatchNode(String name, String[] keywordNames) {
        this.name = name;
        this.dispatch = DispatchNode.create(keywordNames);
    }

    public abstract Object execute(VirtualFrame frame, Object self, Object[] withSelf, Object[] keywordValues);

    @Specialization(guards = {"isBuiltinValue(self)", "self.getClass() == cachedClass", "method != null"}, limit = "4")
    protected Object callBuiltinMethod(VirtualFrame frame, Object self, Object[] withSelf, Object[] keywordValues,
                    @Cached("self.getClass()") Class<?> cachedClass,
                    @Cached("lookupMethod(self)") PyFunctionBase method) {
        withSelf[0] = self;
        return dispatch.execute(frame, method, withSelf, keywordValues);
    }

    @Specialization(replaces = "callBuiltinMethod")
    protected Object callAttribute(VirtualFrame frame, Object self, Object[] withSelf, Object[] keywordValues) {
        Object attribute = getAttribute(self);
        Object[] positional = new Object[withSelf.length - 1];
        System.arraycopy(withSelf, 1, positional, 0, positional.length);
        return dispatch.execute(frame, attribute, positional, keywordValues);
    }

    /** Values whose class is a built-in type fixed by their Java class. */
    protected static boolean isBuiltinValue(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof PyList ||
                        value instanceof PyDict || value instanceof PyTuple || value instanceof PyBigInt;
    }

    @TruffleBoundary
    protected PyFunctionBase lookupMethod(Object self) {
        Object method = PyObjects.typeOf(self).lookup(name);
        return method instanceof PyFunctionBase f ? f : null;
    }

    @TruffleBoundary
    private Object getAttribute(Object self) {
        return Location.at(this, () -> AttributeOps.getAttribute(self, name));
    }
}
