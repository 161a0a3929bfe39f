package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.access.AttributeCaches.Binding;
import org.tessera.lang.nodes.call.DispatchNode;
import org.tessera.lang.runtime.ArgumentMatcher;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.GlobalCell;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyBoundMethod;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyProperty;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

/**
 * The inline cache of {@code receiver.name}. For instances of Python classes it is keyed on the
 * shape, which fixes both the class and the instance layout: an own attribute is a read at a
 * known location; a class attribute is a constant (bound, or a property getter called) while the
 * class and its bases are unchanged. Modules and classes as receivers are cached by identity,
 * values of built-in types by Java class. Past {@code AttributeCacheLimit} entries, or for
 * anything unusual, the generic lookup.
 */
public abstract class GetAttributeCacheNode extends Node {
    protected final String name;

    protected GetAttributeCacheNode(String name) {
        this.name = name;
    }

    public static GetAttributeCacheNode create(String name) {
        return GetAttributeCacheNodeGen.create(name);
    }

    public abstract Object execute(VirtualFrame frame, Object receiver);

    protected int cacheLimit() {
        return TesseraLanguage.get(this).getAttributeCacheLimit();
    }

    protected static Assumption classStable(Shape shape) {
        return AttributeCaches.classOf(shape).getStableAssumption();
    }

    /**
     * An own attribute: a read at the location the shape gives it, found once per shape (the
     * library would look the key up in the shape on every interpreted read).
     */
    @Specialization(guards = {"receiver.getShape() == cachedShape", "own"}, assumptions = {"classStable"}, limit = "cacheLimit()")
    protected Object readOwn(PyObject receiver,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("isOwnAttribute(cachedShape, name)") boolean own,
                    @Cached("cachedShape.getProperty(name).getLocation()") com.oracle.truffle.api.object.Location location) {
        return location.get(receiver, cachedShape);
    }

    protected static boolean isOwnAttribute(Shape shape, String name) {
        return AttributeCaches.isOwnAttribute(shape, name);
    }

    @Specialization(guards = {"receiver.getShape() == cachedShape", "attribute != null", "binding != GENERIC_BINDING"}, assumptions = {"classStable"}, limit = "cacheLimit()")
    protected Object readClassAttribute(VirtualFrame frame, PyObject receiver,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("classAttribute(cachedShape, name)") Object attribute,
                    @Cached("binding(attribute)") Binding binding,
                    @Cached("createGetterCall()") DispatchNode getter) {
        switch (binding) {
            case METHOD:
                return new PyBoundMethod(receiver, attribute);
            case PROPERTY:
                return getter.execute(frame, ((PyProperty) attribute).getGetter(), new Object[]{receiver}, ArgumentMatcher.NO_VALUES);
            default:
                return attribute;
        }
    }

    protected static final Binding GENERIC_BINDING = Binding.GENERIC;

    /**
     * A property of a class derived from a built-in container (the fields of a namedtuple):
     * its getter called, while the class and its bases are unchanged.
     */
    @Specialization(guards = {"receiver.getSubclass() == cachedType", "property != null"}, assumptions = "cachedType.getStableAssumption()", limit = "cacheLimit()")
    protected Object readSubclassProperty(VirtualFrame frame, org.tessera.lang.runtime.PySubclassable receiver,
                    @Cached("receiver.getSubclass()") PyType cachedType,
                    @Cached("subclassProperty(cachedType, name)") PyProperty property,
                    @Cached("createGetterCall()") DispatchNode getter) {
        return getter.execute(frame, property.getGetter(), new Object[]{receiver}, ArgumentMatcher.NO_VALUES);
    }

    protected static PyProperty subclassProperty(PyType type, String name) {
        return AttributeCaches.subclassProperty(type, name);
    }

    protected static Object classAttribute(Shape shape, String name) {
        return AttributeCaches.classAttribute(shape, name);
    }

    protected static Binding binding(Object attribute) {
        return AttributeCaches.binding(attribute);
    }

    protected static DispatchNode createGetterCall() {
        return DispatchNode.create(new String[0]);
    }

    @Specialization(guards = {"receiver == cachedModule", "cell.get() != null"}, limit = "cacheLimit()")
    protected static Object readModule(PyModule receiver,
                    @Cached("receiver") PyModule cachedModule,
                    @Cached("cachedModule.getCell(name)") GlobalCell cell) {
        return cell.get();
    }

    @Specialization(guards = {"receiver == cachedType", "value != null"}, assumptions = "cachedType.getStableAssumption()", limit = "cacheLimit()")
    protected static Object readClass(PyType receiver,
                    @Cached("receiver") PyType cachedType,
                    @Cached("lookupConstant(cachedType, name)") Object value) {
        return value;
    }

    /** A class attribute that reads as itself (functions, constants, nested classes), else null. */
    @TruffleBoundary
    protected static Object lookupConstant(PyType type, String name) {
        Object v = type.lookup(name);
        if (v == null || v instanceof org.tessera.lang.runtime.PyClassMethod || v instanceof org.tessera.lang.runtime.PyStaticMethod || v instanceof PyObject) {
            return null;
        }
        return v;
    }

    @Specialization(guards = {"isCoreValue(receiver)", "receiver.getClass() == cachedClass", "method != null"}, limit = "cacheLimit()")
    protected static Object readBuiltinMethod(Object receiver,
                    @Cached("receiver.getClass()") Class<?> cachedClass,
                    @Cached("lookupBuiltinMethod(receiver, name)") Object method) {
        return new PyBoundMethod(receiver, method);
    }

    /** Values whose class is a built-in type that their Java class determines. */
    protected static boolean isCoreValue(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean ||
                        (value instanceof org.tessera.lang.runtime.PySubclassable s && s.isExact());
    }

    @TruffleBoundary
    protected static Object lookupBuiltinMethod(Object receiver, String name) {
        Object v = PyObjects.typeOf(receiver).lookup(name);
        return v instanceof org.tessera.lang.runtime.PyBuiltinFunction ? v : null;
    }

    @Specialization(replaces = {"readOwn", "readClassAttribute", "readSubclassProperty", "readModule", "readClass", "readBuiltinMethod"})
    protected Object readGeneric(Object receiver) {
        return lookupGeneric(receiver);
    }

    @TruffleBoundary
    private Object lookupGeneric(Object receiver) {
        return Location.at(this, () -> AttributeOps.getAttribute(receiver, name));
    }
}
