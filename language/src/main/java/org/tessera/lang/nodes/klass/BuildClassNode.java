package org.tessera.lang.nodes.klass;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.ClassBuilder;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/**
 * {@code class Name(bases): body}: evaluates the bases, runs the body (a function) on a fresh
 * namespace, builds the class from it, and fills the body's {@code __class__} cell for super().
 */
public final class BuildClassNode extends PyExpressionNode {
    @Child private PyExpressionNode body;
    @Children private final PyExpressionNode[] bases;
    @Child private IndirectCallNode call = IndirectCallNode.create();
    private final String name;
    private final String qualname;

    public BuildClassNode(PyExpressionNode body, PyExpressionNode[] bases, String name, String qualname) {
        this.body = body;
        this.bases = bases;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].executeGeneric(frame);
        }
        PyFunction function = (PyFunction) body.executeGeneric(frame);
        PyDict namespace = newNamespace(function);
        Object classCell = call.call(function.getCallTarget(), function, namespace);
        return build(function, baseValues, namespace, classCell);
    }

    @TruffleBoundary
    private PyDict newNamespace(PyFunction function) {
        PyDict namespace = new PyDict();
        namespace.put("__module__", function.getGlobals().getName());
        namespace.put("__qualname__", qualname);
        return namespace;
    }

    @TruffleBoundary
    private Object build(PyFunction function, Object[] baseValues, PyDict namespace, Object classCell) {
        return Location.at(this, () -> {
            PyType type = ClassBuilder.create(name, qualname, function.getGlobals().getName(), baseValues, namespace);
            if (classCell instanceof PyCell cell) {
                cell.set(type);
            }
            return type;
        });
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", "class");
    }
}
