package org.tessera.lang.nodes.access;

import org.tessera.lang.runtime.PyBuiltinFunction;
import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyProperty;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/**
 * What the attribute inline caches decide once per shape (or class) and then trust while the
 * class's stable assumption holds: where an attribute comes from and how it binds.
 */
public final class AttributeCaches {
    private AttributeCaches() {
    }

    /** How a class attribute found for an instance becomes the attribute's value. */
    enum Binding {
        /** A Python function: a bound method. */
        METHOD,
        /** A property: its getter is called. */
        PROPERTY,
        /** Not a descriptor: the value itself. */
        PLAIN,
        /** Anything else (descriptors with __get__, classmethods...): the generic path. */
        GENERIC
    }

    static PyType classOf(Shape shape) {
        return (PyType) shape.getDynamicType();
    }

    /** The names an exception object answers specially; never cached as plain attributes. */
    static boolean isExceptionField(PyType type, String name) {
        if (!isException(type)) {
            return false;
        }
        switch (name) {
            case "args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "code", "value", "name", "path", "msg":
                return true;
            default:
                return false;
        }
    }

    @TruffleBoundary
    static boolean isException(PyType type) {
        return type.isSubtypeOf(PyObjects.types().error(org.tessera.lang.runtime.exception.ErrorType.BaseException));
    }

    @TruffleBoundary
    static boolean hasDataDescriptor(PyType type, String name) {
        Object attribute = type.lookup(name);
        if (attribute instanceof PyProperty) {
            return true;
        }
        if (attribute instanceof PyObject descriptor) {
            PyType t = descriptor.getPyType();
            return PyObjects.lookupUserSpecial(t, "__get__") != null && (PyObjects.lookupUserSpecial(t, "__set__") != null || PyObjects.lookupUserSpecial(t, "__delete__") != null);
        }
        return false;
    }

    /** True if reading {@code name} from instances of this shape is a plain read of their own property. */
    @TruffleBoundary
    public static boolean isOwnAttribute(Shape shape, String name) {
        PyType type = classOf(shape);
        return shape.hasProperty(name) && !hasDataDescriptor(type, name) && !isExceptionField(type, name) && PyObjects.lookupUserSpecial(type, "__getattribute__") == null;
    }

    /** The class attribute that instances of this shape see for {@code name}, or null (then: not cacheable). */
    @TruffleBoundary
    static Object classAttribute(Shape shape, String name) {
        if (shape.hasProperty(name)) {
            return null;
        }
        PyType type = classOf(shape);
        if (isExceptionField(type, name) || PyObjects.lookupUserSpecial(type, "__getattribute__") != null) {
            return null;
        }
        Object attribute = type.lookup(name);
        if (attribute instanceof PyProperty && PyObjects.lookupUserSpecial(type, "__getattr__") != null) {
            return null;
        }
        return attribute;
    }

    /**
     * The property with a getter that {@code name} finds on instances of {@code type} (derived
     * from a built-in container), or null. A property is a data descriptor, so an instance's own
     * attributes cannot hide it; a {@code __getattr__} would have to catch its AttributeError.
     */
    @TruffleBoundary
    static PyProperty subclassProperty(PyType type, String name) {
        if (type == null || PyObjects.lookupUserSpecial(type, "__getattr__") != null || PyObjects.lookupUserSpecial(type, "__getattribute__") != null) {
            return null;
        }
        return type.lookup(name) instanceof PyProperty property && property.getGetter() != null ? property : null;
    }

    static Binding binding(Object attribute) {
        if (attribute instanceof PyFunction || attribute instanceof PyBuiltinFunction) {
            return Binding.METHOD;
        } else if (attribute instanceof PyProperty property && property.getGetter() != null) {
            return Binding.PROPERTY;
        } else if (attribute instanceof PyObject || attribute instanceof PyProperty || attribute instanceof org.tessera.lang.runtime.PyStaticMethod ||
                        attribute instanceof org.tessera.lang.runtime.PyClassMethod) {
            return Binding.GENERIC;
        }
        return Binding.PLAIN;
    }

    /** True if {@code obj.name = v} on instances of this shape is a plain store. */
    @TruffleBoundary
    static boolean canStore(Shape shape, String name) {
        PyType type = classOf(shape);
        return type != PyObjects.types().objectType && PyObjects.lookupUserSpecial(type, "__setattr__") == null && !hasDataDescriptor(type, name) &&
                        !isExceptionField(type, name) && (type.getSlots() == null || type.getSlots().contains(name));
    }
}
