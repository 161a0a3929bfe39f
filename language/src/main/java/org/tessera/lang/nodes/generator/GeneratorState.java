package org.tessera.lang.nodes.generator;

import org.tessera.lang.runtime.PyGenerator;

import com.oracle.truffle.api.frame.Frame;

/** The frame slots every generator frame has: whether it is replaying towards a yield, and the generator itself. */
public final class GeneratorState {
    /** 0 when running normally; while replaying, the id of the yield that suspended. */
    private final int resumingSlot;
    private final int generatorSlot;
    private int yieldCount;

    public GeneratorState(int resumingSlot, int generatorSlot) {
        this.resumingSlot = resumingSlot;
        this.generatorSlot = generatorSlot;
    }

    /** A new id for a yield of this generator function (at translation). */
    public int newYieldId() {
        return ++yieldCount;
    }

    public boolean isResuming(Frame frame) {
        return frame.getInt(resumingSlot) != 0;
    }

    /** True if the replay has reached the yield {@code yieldId}, where the generator suspended. */
    public boolean isResumingAt(Frame frame, int yieldId) {
        return frame.getInt(resumingSlot) == yieldId;
    }

    /** Starts a replay towards the yield {@code yieldId}, or (0) a normal run. */
    public void setResumePoint(Frame frame, int yieldId) {
        frame.setInt(resumingSlot, yieldId);
    }

    /** The replay has arrived. */
    public void resumed(Frame frame) {
        frame.setInt(resumingSlot, 0);
    }

    public PyGenerator getGenerator(Frame frame) {
        return (PyGenerator) frame.getObject(generatorSlot);
    }

    public void setGenerator(Frame frame, PyGenerator generator) {
        frame.setObject(generatorSlot, generator);
    }
}
