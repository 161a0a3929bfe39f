package org.tessera.lang.nodes.generator;

import org.tessera.lang.runtime.PyGenerator;

import com.oracle.truffle.api.frame.Frame;

/** The frame slots every generator frame has: whether it is replaying towards a yield, and the generator itself. */
public final class GeneratorState {
    private final int resumingSlot;
    private final int generatorSlot;

    public GeneratorState(int resumingSlot, int generatorSlot) {
        this.resumingSlot = resumingSlot;
        this.generatorSlot = generatorSlot;
    }

    public boolean isResuming(Frame frame) {
        return frame.getBoolean(resumingSlot);
    }

    public void setResuming(Frame frame, boolean resuming) {
        frame.setBoolean(resumingSlot, resuming);
    }

    public PyGenerator getGenerator(Frame frame) {
        return (PyGenerator) frame.getObject(generatorSlot);
    }

    public void setGenerator(Frame frame, PyGenerator generator) {
        frame.setObject(generatorSlot, generator);
    }
}
