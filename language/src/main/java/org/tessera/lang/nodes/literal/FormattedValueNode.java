package org.tessera.lang.nodes.literal;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Formatter;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.StrOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** One {@code {value!conversion:spec}} field of an f-string. */
public final class FormattedValueNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    @Child private PyExpressionNode spec;
    private final int conversion;

    public FormattedValueNode(PyExpressionNode value, int conversion, PyExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        String s = spec == null ? "" : (String) spec.executeGeneric(frame);
        if (conversion < 0 && s.isEmpty() && v instanceof String str) {
            return str;
        }
        return format(v, s);
    }

    @TruffleBoundary
    private String format(Object v, String formatSpec) {
        return Location.at(this, () -> {
            Object converted = switch (conversion) {
                case 'r' -> PyObjects.repr(v);
                case 's' -> PyObjects.str(v);
                case 'a' -> StrOps.ascii(PyObjects.repr(v));
                default -> v;
            };
            return Formatter.format(converted, formatSpec);
        });
    }
}
