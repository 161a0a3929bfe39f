package org.tessera.lang.nodes.root;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A function's prologue (arguments into locals and cells) and then its body. Tools see this node
 * as the root (a frame entering it holds nothing yet) and the body inside as the root body.
 */
final class FunctionBodyNode extends PyStatementNode {
    @Child private FunctionPrologueNode prologue;
    @Child private PyStatementNode body;

    FunctionBodyNode(FunctionPrologueNode prologue, PyStatementNode body) {
        this.prologue = prologue;
        this.body = body;
        takeRootTag(body);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        prologue.execute(frame);
        body.executeVoid(frame);
    }
}
