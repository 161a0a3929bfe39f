package org.tessera.machine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.network.Network;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.trace.TraceOptions;
import org.tessera.machine.trace.TraceRecorder;

/** {@code --trace FILE} with its window and budget: a recorder on one network, written at the end. */
final class Tracing {
    private final Path file;
    private final TraceRecorder recorder;

    /** Nothing is recorded unless {@code --trace} was given. */
    Tracing(Tilesim options, MachineConfig machine, Topology topology) {
        this.file = options.traceFile;
        CycleWindow window = options.traceWindow == null ? new CycleWindow(0, Long.MAX_VALUE) : options.traceWindow;
        this.recorder = file == null ? null
                        : new TraceRecorder(machine.name(), topology, machine.tiles().clock(),
                                        options.usage(() -> new TraceOptions(window.from(), window.to(), options.traceMaxEvents)));
    }

    void attach(Network network) {
        if (recorder != null) {
            network.addObserver(recorder);
        }
    }

    /** Writes the trace, and says on {@code err} if it came out empty. */
    void write(PrintWriter err) throws IOException {
        if (recorder == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        recorder.write(file);
        if (recorder.messagesInWindow() == 0) {
            err.println("tilesim: the trace holds no messages: none was injected in the trace window");
        }
    }
}
