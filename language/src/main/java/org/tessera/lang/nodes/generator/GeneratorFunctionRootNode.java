package org.tessera.lang.nodes.generator;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.root.FunctionPrologueNode;
import org.tessera.lang.nodes.root.PyRootNode;
import org.tessera.lang.runtime.PyGenerator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/** Calling a generator function: binds the arguments in a frame that outlives the call, and returns the generator. */
public final class GeneratorFunctionRootNode extends PyRootNode {
    @Child private FunctionPrologueNode prologue;
    private final RootCallTarget body;
    private final GeneratorState state;
    private final String qualname;

    public GeneratorFunctionRootNode(TesseraLanguage language, FrameDescriptor frameDescriptor, String name, String qualname, SourceSection section,
                    FunctionPrologueNode prologue, RootCallTarget body, GeneratorState state) {
        super(language, frameDescriptor, name, section);
        this.prologue = prologue;
        this.body = body;
        this.state = state;
        this.qualname = qualname;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        prologue.execute(frame);
        MaterializedFrame saved = frame.materialize();
        PyGenerator generator = new PyGenerator(saved, body, getName(), qualname);
        state.setGenerator(saved, generator);
        state.resumed(saved);
        return generator;
    }
}
