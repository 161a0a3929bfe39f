package org.tessera.lang.nodes;

import org.tessera.lang.TesseraTags.LoopTag;
import org.tessera.lang.nodes.local.FrameScope;
import org.tessera.lang.runtime.PyFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all Tessera nodes: something that runs for its effect. Keeps its place in the source
 * as two ints and builds the {@link SourceSection} only when a tool or a traceback asks. Tools
 * get the variables of the frame a node runs in through {@link NodeLibrary} (a
 * {@link FrameScope}), and the function object running it as the root instance.
 */
@NodeInfo(language = "Tessera")
@TypeSystemReference(PyTypes.class)
@GenerateWrapper
@ExportLibrary(NodeLibrary.class)
public abstract class PyStatementNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;

    private int sourceStart = NO_SOURCE;
    private int sourceLength;
    private boolean statementTag;
    private boolean rootBodyTag;
    private boolean rootTag;
    private boolean loopBodyTag;

    public abstract void executeVoid(VirtualFrame frame);

    /** Sets the node's source extent (character offsets); returns this for chaining. */
    public final PyStatementNode setSourceRange(int start, int end) {
        this.sourceStart = start;
        this.sourceLength = Math.max(0, end - start);
        return this;
    }

    public final int getSourceStart() {
        return sourceStart;
    }

    public final int getSourceEnd() {
        return sourceStart + sourceLength;
    }

    public final boolean hasSource() {
        return sourceStart != NO_SOURCE;
    }

    @Override
    @TruffleBoundary
    public final SourceSection getSourceSection() {
        if (sourceStart == NO_SOURCE) {
            return null;
        }
        RootNode root = getRootNode();
        SourceSection rootSection = root == null ? null : root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        return source.createSection(sourceStart, Math.min(sourceLength, source.getLength() - sourceStart));
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    /** Marks this node as a statement for tools (debuggers step by statement). */
    public final void addStatementTag() {
        statementTag = true;
    }

    /**
     * Marks this node as a function body for tools: the whole root too, until a prologue wrapped
     * around it {@linkplain #takeRootTag takes} that tag.
     */
    public final void addRootBodyTag() {
        rootBodyTag = true;
        rootTag = true;
    }

    /** Moves the root tag from {@code body} to this node, which runs the prologue and then it. */
    protected final void takeRootTag(PyStatementNode body) {
        rootTag = body.rootTag;
        body.rootTag = false;
        setSourceRange(body.getSourceStart(), body.getSourceEnd());
    }

    /** Marks this node as the body of a loop, which runs once per iteration. */
    public final void addLoopTag() {
        loopBodyTag = true;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.StatementTag.class) {
            return statementTag;
        } else if (tag == StandardTags.RootBodyTag.class) {
            return rootBodyTag;
        } else if (tag == StandardTags.RootTag.class) {
            return rootTag;
        } else if (tag == LoopTag.class) {
            return loopBodyTag;
        }
        return false;
    }

    @ExportMessage
    final boolean hasScope(@SuppressWarnings("unused") Frame frame) {
        return getRootNode() != null;
    }

    @ExportMessage
    final Object getScope(Frame frame, @SuppressWarnings("unused") boolean nodeEnter) throws UnsupportedMessageException {
        RootNode root = getRootNode();
        if (root == null) {
            throw UnsupportedMessageException.create();
        }
        return FrameScope.of(root, frame);
    }

    @ExportMessage
    final boolean hasRootInstance(Frame frame) {
        return frame != null && getRootNode() != null && FrameScope.functionOf(getRootNode(), frame) != null;
    }

    @ExportMessage
    final Object getRootInstance(Frame frame) throws UnsupportedMessageException {
        PyFunction function = frame == null || getRootNode() == null ? null : FrameScope.functionOf(getRootNode(), frame);
        if (function == null) {
            throw UnsupportedMessageException.create();
        }
        return function;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new PyStatementNodeWrapper(this, probe);
    }
}
