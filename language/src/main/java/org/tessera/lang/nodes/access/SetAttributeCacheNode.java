package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyObject;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * The inline cache of {@code receiver.name = value}: for instances of Python classes without
 * {@code __setattr__} or a data descriptor for the name, a store into the object, keyed on the
 * shape (the library follows the shape transition); otherwise the generic path.
 */
public abstract class SetAttributeCacheNode extends Node {
    protected final String name;

    protected SetAttributeCacheNode(String name) {
        this.name = name;
    }

    public static SetAttributeCacheNode create(String name) {
        return SetAttributeCacheNodeGen.create(name);
    }

    public abstract void execute(Object receiver, Object value);

    protected int cacheLimit() {
        return TesseraLanguage.get(this).getAttributeCacheLimit();
    }

    protected static Assumption classStable(Shape shape) {
        return AttributeCaches.classOf(shape).getStableAssumption();
    }

    protected static boolean canStore(Shape shape, String name) {
        return AttributeCaches.canStore(shape, name);
    }

    /**
     * A store into an attribute the object already has, where the value fits the location: a
     * write at the location, found once per shape (the library would look the key up in the
     * shape on every interpreted store).
     */
    @Specialization(guards = {"receiver.getShape() == cachedShape", "plain", "location != null", "location.canStore(value)"}, assumptions = "classStable", limit = "cacheLimit()")
    protected static void storeExisting(PyObject receiver, Object value,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("canStore(cachedShape, name)") boolean plain,
                    @Cached("existingLocation(cachedShape, name)") com.oracle.truffle.api.object.Location location) {
        try {
            location.set(receiver, value, cachedShape);
        } catch (com.oracle.truffle.api.object.IncompatibleLocationException | com.oracle.truffle.api.object.FinalLocationException e) {
            throw com.oracle.truffle.api.CompilerDirectives.shouldNotReachHere(e);
        }
    }

    /** The location of an existing, writable, non-final property {@code name} of the shape, or null. */
    @TruffleBoundary
    protected static com.oracle.truffle.api.object.Location existingLocation(Shape shape, String name) {
        com.oracle.truffle.api.object.Property property = shape.getProperty(name);
        if (property == null) {
            return null;
        }
        com.oracle.truffle.api.object.Location location = property.getLocation();
        return location.isFinal() || location.isConstant() || location.isAssumedFinal() || location.isValue() ? null : location;
    }

    @Specialization(guards = {"receiver.getShape() == cachedShape", "plain"}, assumptions = "classStable", limit = "cacheLimit()")
    protected void store(PyObject receiver, Object value,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("canStore(cachedShape, name)") boolean plain,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary objects) {
        objects.put(receiver, name, value);
    }

    @Specialization(replaces = {"storeExisting", "store"})
    protected void storeGeneric(Object receiver, Object value) {
        storeUncached(receiver, value);
    }

    @TruffleBoundary
    private void storeUncached(Object receiver, Object value) {
        Location.run(this, () -> AttributeOps.setAttribute(receiver, name, value));
    }
}
