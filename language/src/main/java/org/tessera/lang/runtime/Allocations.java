package org.tessera.lang.runtime;

import org.tessera.lang.TesseraContext;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Reports new Python objects, and containers that grow, to tools through Truffle's
 * {@link AllocationReporter}: instances of Python classes, lists, tuples, dicts, sets, deques,
 * functions, closure cells, bound methods, generators and classes (not str, int or float, which
 * are Java values; nor empty tuples, which CPython shares). Each report is an {@code onEnter} and an {@code onReturnValue} made together
 * once the object exists, with the size estimate below; a growing list, dict or set is reported
 * as a re-allocation from its old to its new size.
 * <p>
 * Until a tool attaches an allocation listener somewhere in the JVM, a report is one check of
 * an assumption, which compiled code folds away; after that, each report looks up the current
 * context's reporter, which does nothing unless that context's reporter is active.
 * <p>
 * Sizes are estimates in bytes after CPython 3.11 on 64 bits ({@code sys.getsizeof}, with the
 * 16-byte GC header of container objects): list 56 + 8 per slot of capacity; tuple 40 + 8 per
 * element; dict 96 + 1 per index slot + 24 per entry slot (224 for up to five keys); set 216,
 * plus 16 per table slot once the table outgrows its first eight; deque 760 plus 528 per further
 * block of 64; instance of a Python class 56 + 8 per attribute, counting the attributes that the
 * previous instance of its class had by then (as CPython pre-sizes instance values from the
 * keys its class has seen); function 152; cell 40; bound method 64; generator 112 + 8 per frame
 * slot; class 1688.
 */
public final class Allocations {
    /** Valid while no context in this JVM has had an active allocation reporter. */
    private static final Assumption UNOBSERVED = Truffle.getRuntime().createAssumption("no allocation listener");

    private Allocations() {
    }

    /** Makes reports reach {@code reporter} once it becomes active (a tool attaches an allocation listener). */
    public static void watch(AllocationReporter reporter) {
        reporter.addActiveListener(active -> {
            if (active) {
                UNOBSERVED.invalidate();
            }
        });
        if (reporter.isActive()) {
            UNOBSERVED.invalidate();
        }
    }

    /** Reports the new object {@code value} (call when it is complete). */
    public static void created(Object value) {
        if (!UNOBSERVED.isValid()) {
            report(value, 0);
        }
    }

    /** Reports that {@code value}, which had {@code oldSize} bytes, has been re-allocated at its current size. */
    public static void resized(Object value, long oldSize) {
        if (!UNOBSERVED.isValid()) {
            report(value, oldSize);
        }
    }

    @TruffleBoundary
    private static void report(Object value, long oldSize) {
        TesseraContext context = TesseraContext.getEntered();
        if (context == null) {
            return;
        }
        AllocationReporter reporter = context.getAllocationReporter();
        if (!reporter.isActive()) {
            return;
        }
        long size = sizeOf(value);
        reporter.onEnter(oldSize == 0 ? null : value, oldSize, size);
        reporter.onReturnValue(value, oldSize, size);
    }

    public static long listSize(int capacity) {
        return 56 + 8L * capacity;
    }

    public static long dictSize(int indexSlots, int entrySlots) {
        return 96 + indexSlots + 24L * entrySlots;
    }

    public static long setSize(int tableSize) {
        return 216 + (tableSize > 8 ? 16L * tableSize : 0);
    }

    /** The size estimate of {@code value} as it is now (see the class comment). */
    @TruffleBoundary
    static long sizeOf(Object value) {
        if (value instanceof PyList list) {
            return listSize(list.getItems().length);
        } else if (value instanceof PyTuple tuple) {
            return 40 + 8L * tuple.size();
        } else if (value instanceof PyDict dict) {
            return dictSize(dict.indexSlots(), dict.entrySlots());
        } else if (value instanceof PySet set) {
            return setSize(set.tableSize());
        } else if (value instanceof PyDeque deque) {
            return 760 + 528L * (deque.size() / 64);
        } else if (value instanceof PyObject object) {
            return 56 + 8L * expectedAttributes(object);
        } else if (value instanceof PyFunction) {
            return 152;
        } else if (value instanceof PyCell) {
            return 40;
        } else if (value instanceof PyBoundMethod) {
            return 64;
        } else if (value instanceof PyGenerator generator) {
            return 112 + 8L * generator.getFrame().getFrameDescriptor().getNumberOfSlots();
        } else if (value instanceof PyType) {
            return 1688;
        }
        return AllocationReporter.SIZE_UNKNOWN;
    }

    /** The attributes the previous reported instance of {@code object}'s class has now; remembers {@code object} for the next. */
    private static int expectedAttributes(PyObject object) {
        PyType type = object.getPyType();
        Object previous = type.swapLastAllocated(object);
        return previous instanceof PyObject p && previous != object ? DynamicObjectLibrary.getUncached().getKeyArray(p).length : 0;
    }
}
