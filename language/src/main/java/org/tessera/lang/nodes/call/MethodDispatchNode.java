package org.tessera.lang.nodes.call;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.access.AttributeCaches;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.GlobalCell;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyBytes;
import org.tessera.lang.runtime.PyDeque;
import org.tessera.lang.runtime.PyFunctionBase;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyRange;
import org.tessera.lang.runtime.PyTextIO;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.interop.ForeignObjects;

import com.oracle.truffle.api.Assumption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

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

    /**
     * A method of a Python class called on an instance: the shape proves the class and that no
     * instance attribute shadows the method; the class's stable assumption keeps the method.
     */
    @Specialization(guards = {"self.getShape() == cachedShape", "method != null"}, assumptions = "classStable", limit = "attributeCacheLimit()")
    protected Object callInstanceMethod(VirtualFrame frame, PyObject self, Object[] withSelf, Object[] keywordValues,
                    @Cached("self.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("lookupInstanceMethod(cachedShape)") PyFunctionBase method) {
        withSelf[0] = self;
        return dispatch.execute(frame, method, withSelf, keywordValues);
    }

    /**
     * A callable kept in an instance attribute ({@code self.callback(x)}): read at the location
     * the shape gives it and called without the receiver, as the shape proves it is an own
     * attribute and the class's stable assumption that no class attribute overrides it.
     */
    @Specialization(guards = {"self.getShape() == cachedShape", "own"}, assumptions = "classStable", limit = "attributeCacheLimit()")
    protected Object callOwnAttribute(VirtualFrame frame, PyObject self, Object[] withSelf, Object[] keywordValues,
                    @Cached("self.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("isOwnAttribute(cachedShape, name)") boolean own,
                    @Cached("cachedShape.getProperty(name).getLocation()") com.oracle.truffle.api.object.Location location) {
        return dispatch.execute(frame, location.get(self, cachedShape), dropSelf(withSelf), keywordValues);
    }

    protected static boolean isOwnAttribute(Shape shape, String name) {
        return AttributeCaches.isOwnAttribute(shape, name);
    }

    /** {@code module.function(...)}: the module's cell, cached by module identity. */
    @Specialization(guards = {"self == cachedModule", "cell.get() != null"}, limit = "attributeCacheLimit()")
    protected Object callModuleFunction(VirtualFrame frame, PyModule self, Object[] withSelf, Object[] keywordValues,
                    @Cached("self") PyModule cachedModule,
                    @Cached("cachedModule.getCell(name)") GlobalCell cell) {
        return dispatch.execute(frame, cell.get(), dropSelf(withSelf), keywordValues);
    }

    /** {@code Class.function(...)} and static methods: the attribute, cached by class identity. */
    @Specialization(guards = {"self == cachedType", "function != null"}, assumptions = "cachedType.getStableAssumption()", limit = "attributeCacheLimit()")
    protected Object callClassFunction(VirtualFrame frame, PyType self, Object[] withSelf, Object[] keywordValues,
                    @Cached("self") PyType cachedType,
                    @Cached("lookupClassFunction(cachedType)") Object function) {
        return dispatch.execute(frame, function, dropSelf(withSelf), keywordValues);
    }

    protected int attributeCacheLimit() {
        return TesseraLanguage.get(this).getAttributeCacheLimit();
    }

    protected static Assumption classStable(Shape shape) {
        return ((PyType) shape.getDynamicType()).getStableAssumption();
    }

    private static Object[] dropSelf(Object[] withSelf) {
        Object[] positional = new Object[withSelf.length - 1];
        System.arraycopy(withSelf, 1, positional, 0, positional.length);
        return positional;
    }

    /** The function a method call on instances of this shape runs, if it is a plain method; else null. */
    @TruffleBoundary
    protected PyFunctionBase lookupInstanceMethod(Shape shape) {
        if (shape.hasProperty(name)) {
            return null;
        }
        PyType type = (PyType) shape.getDynamicType();
        if (PyObjects.lookupUserSpecial(type, "__getattribute__") != null) {
            return null;
        }
        Object method = type.lookup(name);
        return method instanceof PyFunctionBase f ? f : null;
    }

    /** {@link #lookupInstanceMethod} on the megamorphic path: the class remembers the answer. */
    @TruffleBoundary
    protected PyFunctionBase megamorphicMethod(Shape shape) {
        return shape.hasProperty(name) ? null : ((PyType) shape.getDynamicType()).instanceMethod(name);
    }

    /** A function or static method found on a class, called as is; null for anything that binds. */
    @TruffleBoundary
    protected Object lookupClassFunction(PyType type) {
        Object v = type.lookup(name);
        if (v instanceof org.tessera.lang.runtime.PyStaticMethod sm) {
            return sm.getFunction();
        }
        return v instanceof PyFunctionBase ? v : null;
    }

    @Specialization(replaces = {"callBuiltinMethod", "callInstanceMethod", "callOwnAttribute", "callModuleFunction", "callClassFunction"})
    protected Object callAttribute(VirtualFrame frame, Object self, Object[] withSelf, Object[] keywordValues) {
        if (self instanceof PyObject object) {
            // a megamorphic method call on instances of Python classes: the method found now, no bound method made
            PyFunctionBase method = megamorphicMethod(object.getShape());
            if (method != null) {
                withSelf[0] = self;
                return dispatch.execute(frame, method, withSelf, keywordValues);
            }
        }
        Object[] positional = new Object[withSelf.length - 1];
        System.arraycopy(withSelf, 1, positional, 0, positional.length);
        if (keywordValues.length == 0 && ForeignObjects.isForeign(self)) {
            Object result = invokeForeign(self, positional);
            if (result != null) {
                return result;
            }
        }
        Object attribute = getAttribute(self);
        return dispatch.execute(frame, attribute, positional, keywordValues);
    }

    /** Values whose class is a built-in type fixed by their Java class. */
    protected static boolean isBuiltinValue(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof PyBigInt ||
                        (value instanceof org.tessera.lang.runtime.PySubclassable s && s.isExact()) || (value instanceof PyDeque d && d.isExact()) ||
                        value instanceof PyBytes || value instanceof PyTextIO || value instanceof PyRange;
    }

    @TruffleBoundary
    protected PyFunctionBase lookupMethod(Object self) {
        Object method = PyObjects.typeOf(self).lookup(name);
        return method instanceof PyFunctionBase f ? f : null;
    }

    /** A method call on a foreign object is an interop invoke, so that its method sees its receiver. */
    @TruffleBoundary
    private Object invokeForeign(Object self, Object[] positional) {
        return Location.at(this, () -> ForeignObjects.invoke(self, name, positional));
    }

    @TruffleBoundary
    private Object getAttribute(Object self) {
        return Location.at(this, () -> AttributeOps.getAttribute(self, name));
    }
}
