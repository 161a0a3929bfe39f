package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.nodes.Node;

/**
 * A name in inline code a tool evaluates (a debugger's expression): a variable of the frame it
 * stopped in, found through the scope of the node it stopped at, else a global of that frame's
 * module, else a builtin.
 */
public final class InlineReadNameNode extends PyExpressionNode {
    private final Node location;
    private final String name;

    public InlineReadNameNode(Node location, String name) {
        this.location = location;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return read(frame.materialize());
    }

    @TruffleBoundary
    private Object read(MaterializedFrame frame) {
        NodeLibrary nodes = NodeLibrary.getUncached();
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (nodes.hasScope(location, frame)) {
                Object scope = nodes.getScope(location, frame, true);
                if (interop.isMemberReadable(scope, name)) {
                    return interop.readMember(scope, name);
                }
            }
        } catch (InteropException e) {
            // not a variable of the frame: a global or builtin then
        }
        TesseraContext context = TesseraContext.get(this);
        Object first = frame.getArguments().length > 0 ? frame.getArguments()[0] : null;
        PyModule globals = first instanceof PyModule m ? m : first instanceof PyFunction f ? f.getGlobals() : context.getMainModule();
        Object value = globals.get(name);
        if (value == null) {
            value = context.getBuiltinsModule().get(name);
        }
        if (value == null) {
            throw PyErrors.nameError(this, name);
        }
        return value;
    }
}
