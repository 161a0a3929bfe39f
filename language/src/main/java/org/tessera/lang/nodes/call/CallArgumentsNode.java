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
    /** For each {@code **} argument, how many named keywords come before it in the source. */
    @CompilationFinal(dimensions = 1) private final int[] doubleStarPositions;

    public CallArgumentsNode(PyExpressionNode[] positional, boolean[] isStarred, String[] keywordNames, PyExpressionNode[] keywordValues,
                    PyExpressionNode[] doubleStarred, int[] doubleStarPositions) {
        this.positional = positional;
        this.starred = SequenceBuilderNode.create(isStarred);
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.doubleStarred = doubleStarred;
        this.doubleStarPositions = doubleStarPositions;
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
    public Object[] evaluatePositional(VirtualFrame frame, int leading, Object callee, String method) {
        if (starred.hasStars()) {
            Object[] items = starred.build(frame, positional, callee, method);
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
    public Object[][] evaluateAllKeywords(VirtualFrame frame, Object[] fixedValues, Object callee, String method) {
        Object[] mappings = new Object[doubleStarred.length];
        for (int i = 0; i < doubleStarred.length; i++) {
            mappings[i] = doubleStarred[i].executeGeneric(frame);
        }
        return merge(fixedValues, mappings, callee, method);
    }

    @TruffleBoundary
    private Object[][] merge(Object[] fixedValues, Object[] mappings, Object callee, String method) {
        return Location.at(this, () -> {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            int fixed = 0;
            for (int m = 0; m < mappings.length; m++) {
                for (; fixed < doubleStarPositions[m]; fixed++) {
                    addKeyword(names, values, keywordNames[fixed], fixedValues[fixed], callee, method);
                }
                PyDict dict = asDict(mappings[m], callee, method);
                for (int e = 0; e < dict.entryLimit(); e++) {
                    Object key = dict.keyAt(e);
                    if (key == null) {
                        continue;
                    }
                    if (!(key instanceof String name)) {
                        throw PyErrors.typeError(null, "keywords must be strings");
                    }
                    addKeyword(names, values, name, dict.valueAt(e), callee, method);
                }
            }
            for (; fixed < keywordNames.length; fixed++) {
                addKeyword(names, values, keywordNames[fixed], fixedValues[fixed], callee, method);
            }
            return new Object[][]{names.toArray(new String[0]), values.toArray()};
        });
    }

    private static void addKeyword(List<String> names, List<Object> values, String name, Object value, Object callee, String method) {
        if (names.contains(name)) {
            throw PyErrors.typeError(null, "%s got multiple values for keyword argument '%s'", functionStr(callee, method), name);
        }
        names.add(name);
        values.add(value);
    }

    /** A {@code **} argument as a dict: a dict, or any mapping (an object with keys()). */
    private static PyDict asDict(Object mapping, Object callee, String method) {
        if (mapping instanceof PyDict dict && dict.isExact()) {
            return dict;
        }
        if (mapping instanceof PyDict || PyObjects.typeOf(mapping).lookup("keys") != null) {
            PyDict copy = new PyDict();
            org.tessera.lang.runtime.DictOps.update(copy, mapping);
            return copy;
        }
        throw PyErrors.typeError(null, "%s argument after ** must be a mapping, not %s", functionStr(callee, method), PyErrors.typeName(mapping));
    }

    private static String functionStr(Object callee, String method) {
        return org.tessera.lang.runtime.CallSupport.functionStr(method == null ? callee : org.tessera.lang.runtime.AttributeOps.lookup(callee, method));
    }

}
