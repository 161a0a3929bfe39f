package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;

/**
 * An assignment target that can also be given its value directly: what unpacking, {@code for}
 * loops, {@code except ... as}, and {@code with ... as} assign through. Has a wrapper of its own,
 * so that a tool can instrument a target where only a target fits.
 */
@GenerateWrapper
public abstract class WriteTargetNode extends PyStatementNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new WriteTargetNodeWrapper(this, probe);
    }
}
