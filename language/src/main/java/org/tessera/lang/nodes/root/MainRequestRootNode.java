package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * One request to the program runner, given as the text of the {@code <tessera-main>} source
 * ({@code MODE NUL PAYLOAD}): evaluating it runs the program and gives the exit status as an
 * int. An embedder that asks this way gets a primitive back and never holds a guest object, so
 * the polyglot layer does not build its interop dispatch for one — a tenth of a second of
 * start-up saved.
 */
public final class MainRequestRootNode extends PyRootNode {
    @Child private DirectCallNode main;
    private final String mode;
    private final String payload;

    public MainRequestRootNode(TesseraLanguage language, RootCallTarget main, String mode, String payload) {
        super(language, null, "<main-request>", null);
        this.main = DirectCallNode.create(main);
        this.mode = mode;
        this.payload = payload;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return main.call(mode, payload);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
