package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** Base of Tessera's root nodes: a name for tracebacks and the source section of the definition. */
public abstract class PyRootNode extends RootNode {
    private final String name;
    private final SourceSection sourceSection;

    protected PyRootNode(TesseraLanguage language, FrameDescriptor frameDescriptor, String name, SourceSection sourceSection) {
        super(language, frameDescriptor);
        this.name = name;
        this.sourceSection = sourceSection;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
