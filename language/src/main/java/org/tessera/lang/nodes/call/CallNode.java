package org.tessera.lang.nodes.call;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code f(args)}: evaluates the callee, then the arguments, then dispatches. */
public final class CallNode extends PyExpressionNode {
    @Child private PyExpressionNode callee;
    @Child private CallArgumentsNode arguments;
    @Child private DispatchNode dispatch;

    public CallNode(PyExpressionNode callee, CallArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
        this.dispatch = DispatchNode.create(arguments.getKeywordNames());
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object function = callee.executeGeneric(frame);
        Object[] positional = arguments.evaluatePositional(frame, 0, function, null);
        Object[] keywordValues = arguments.evaluateKeywords(frame);
        if (arguments.hasDynamicKeywords()) {
            Object[][] keywords = arguments.evaluateAllKeywords(frame, keywordValues, function, null);
            return callWithDynamicKeywords(function, positional, keywords);
        }
        return dispatch.execute(frame, function, positional, keywordValues);
    }

    @TruffleBoundary
    private Object callWithDynamicKeywords(Object function, Object[] positional, Object[][] keywords) {
        return Location.at(this, () -> CallSupport.call(function, positional, (String[]) keywords[0], keywords[1]));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == CallTag.class || super.hasTag(tag);
    }
}
