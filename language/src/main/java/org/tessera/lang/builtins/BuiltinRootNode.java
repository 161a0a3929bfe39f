package org.tessera.lang.builtins;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.root.PyRootNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of a built-in function. Internal: tracebacks and debuggers skip it, as CPython shows no
 * C frames. Its source is the empty internal {@code <builtin>}, so that a {@link PyBuiltinNode}
 * body is instrumentable: tools see each call of a Java builtin as a {@code BuiltinCallTag}.
 */
public final class BuiltinRootNode extends PyRootNode {
    private static final Source BUILTIN_SOURCE = Source.newBuilder(TesseraLanguage.ID, "", "<builtin>").internal(true).build();

    @Child private PyExpressionNode body;

    public BuiltinRootNode(TesseraLanguage language, String name, PyExpressionNode body) {
        this(language, name, body, BUILTIN_SOURCE.createUnavailableSection());
    }

    /** A builtin root whose nodes have places in {@code section}'s source (the {@code tiles} module's). */
    public BuiltinRootNode(TesseraLanguage language, String name, PyExpressionNode body, SourceSection section) {
        super(language, null, name, section);
        this.body = body;
        if (body instanceof PyBuiltinNode && !body.hasSource()) {
            body.setSourceRange(0, 0);
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
