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

    @Specialization(guards = {"receiver.getShape() == cachedShape", "plain"}, assumptions = "classStable", limit = "cacheLimit()")
    protected void store(PyObject receiver, Object value,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("classStable(cachedShape)") Assumption classStable,
                    @Cached("canStore(cachedShape, name)") boolean plain,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary objects) {
        objects.put(receiver, name, value);
    }

    @Specialization(replaces = "store")
    protected void storeGeneric(Object receiver, Object value) {
        storeUncached(receiver, value);
    }

    @TruffleBoundary
    private void storeUncached(Object receiver, Object value) {
        Location.run(this, () -> AttributeOps.setAttribute(receiver, name, value));
    }
}
