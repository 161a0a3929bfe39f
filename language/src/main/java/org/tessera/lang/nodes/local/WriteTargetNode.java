package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An assignment target that can also be given its value directly: what unpacking, {@code for}
 * loops, {@code except ... as}, and {@code with ... as} assign through.
 */
public abstract class WriteTargetNode extends PyStatementNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);
}
