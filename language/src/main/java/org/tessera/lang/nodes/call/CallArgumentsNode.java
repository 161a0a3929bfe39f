package org.tessera.lang.nodes.call;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.literal.SequenceBuilderNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * The arguments of a call: positional ones (with {@code *xs} spliced in), keyword ones with names
 * fixed in the source, and {@code **mapping} ones whose names are only known at run time.
 */
public final class CallArgumentsNode extends Node {
    @Children private final PyExpressionNode[] positional;
    @Child private SequenceBuilderNode starred;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final PyExpressionNode[] keywordValues;
    @Children private final PyExpressionNode[] doubleStarred;
    private final String calleeName;

    public CallArgumentsNode(PyExpressionNode[] positional, boolean[] isStarred, String[] keywordNames, PyExpressionNode[] keywordValues,
                    PyExpressionNode[] doubleStarred, String calleeName) {
        this.positional = positional;
        this.starred = SequenceBuilderNode.create(isStarred);
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.doubleStarred = doubleStarred;
        this.calleeName = calleeName;
    }

    public String[] getKeywordNames() {
        return keywordNames;
    }

    /** True if {@code **} arguments make the keyword names dynamic. */
    public boolean hasDynamicKeywords() {
        return doubleStarred.length > 0;
    }

    /** Positional arguments, leaving {@code leading} empty slots in front (for a receiver). */
    @ExplodeLoop
    public Object[] evaluatePositional(VirtualFrame frame, int leading) {
        if (starred.hasStars()) {
            Object[] items = starred.build(frame, positional);
            if (leading == 0) {
                return items;
            }
            Object[] result = new Object[items.length + leading];
            System.arraycopy(items, 0, result, leading, items.length);
            return result;
        }
        Object[] result = new Object[positional.length + leading];
        for (int i = 0; i < positional.length; i++) {
            result[i + leading] = positional[i].executeGeneric(frame);
        }
        return result;
    }

    @ExplodeLoop
    public Object[] evaluateKeywords(VirtualFrame frame) {
        Object[] values = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            values[i] = keywordValues[i].executeGeneric(frame);
        }
        return values;
    }

    /** Keyword names and values including those from {@code **} mappings: {@code [names, values]}. */
    @ExplodeLoop
    public Object[][] evaluateAllKeywords(VirtualFrame frame, Object[] fixedValues) {
        Object[] mappings = new Object[doubleStarred.length];
        for (int i = 0; i < doubleStarred.length; i++) {
            mappings[i] = doubleStarred[i].executeGeneric(frame);
        }
        return merge(fixedValues, mappings);
    }

    @TruffleBoundary
    private Object[][] merge(Object[] fixedValues, Object[] mappings) {
        return Location.at(this, () -> {
            List<String> names = new ArrayList<>(List.of(keywordNames));
            List<Object> values = new ArrayList<>(List.of(fixedValues));
            for (Object mapping : mappings) {
                if (!(mapping instanceof PyDict dict)) {
                    throw PyErrors.typeError(null, "%s argument after ** must be a mapping, not %s", calleeName, PyErrors.typeName(mapping));
                }
                for (int e = 0; e < dict.entryLimit(); e++) {
                    Object key = dict.keyAt(e);
                    if (key == null) {
                        continue;
                    }
                    if (!(key instanceof String name)) {
                        throw PyErrors.typeError(null, "keywords must be strings");
                    }
                    if (names.contains(name)) {
                        throw PyErrors.typeError(null, "%s got multiple values for keyword argument '%s'", calleeName, name);
                    }
                    names.add(name);
                    values.add(dict.valueAt(e));
                }
            }
            return new Object[][]{names.toArray(new String[0]), values.toArray()};
        });
    }

    /** Describes the callee in argument errors the way CPython does, e.g. {@code f()}. */
    static String describe(Object callee) {
        return PyObjects.repr(callee);
    }
}
