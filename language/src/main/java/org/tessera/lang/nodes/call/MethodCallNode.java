package org.tessera.lang.nodes.call;

import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * {@code receiver.name(args)}: evaluates receiver and arguments, then {@link MethodDispatchNode}
 * calls. For tools a call (which includes looking up the method) whose input 0 is the receiver,
 * then the arguments; its node object names the method.
 */
public final class MethodCallNode extends PyExpressionNode {
    @Child private PyExpressionNode receiver;
    @Child private CallArgumentsNode arguments;
    @Child private MethodDispatchNode dispatch;
    private final String name;

    public MethodCallNode(PyExpressionNode receiver, String name, CallArgumentsNode arguments) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.dispatch = MethodDispatchNodeGen.create(name, arguments.getKeywordNames());
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object[] withSelf = arguments.evaluatePositional(frame, 1, self, name);
        Object[] keywordValues = arguments.evaluateKeywords(frame);
        if (arguments.hasDynamicKeywords()) {
            Object[][] keywords = arguments.evaluateAllKeywords(frame, keywordValues, self, name);
            return callWithDynamicKeywords(self, withSelf, keywords);
        }
        return dispatch.execute(frame, self, withSelf, keywordValues);
    }

    @TruffleBoundary
    private Object callWithDynamicKeywords(Object self, Object[] withSelf, Object[][] keywords) {
        return Location.at(this, () -> {
            Object method = AttributeOps.getAttribute(self, name);
            Object[] positional = new Object[withSelf.length - 1];
            System.arraycopy(withSelf, 1, positional, 0, positional.length);
            return CallSupport.call(method, positional, (String[]) keywords[0], keywords[1]);
        });
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == CallTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("name", name);
    }
}
