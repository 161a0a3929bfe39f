/**
 * The tile machine: a deterministic discrete-event model of tiles, their network-on-chip, memory
 * and collectives, with statistics, traces, plots and the {@code tilesim} command. Plain Java: no
 * Truffle in the core: only the {@code instrument} package, the {@code tilemachine} Truffle
 * instrument that maps a running program onto the model, imports it.
 */
module org.tessera.machine {
    requires java.desktop;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires info.picocli;
    // The tilemachine instrument (package instrument) only; the simulator core imports no Truffle.
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires org.jfree.jfreechart;

    exports org.tessera.machine.time;
    exports org.tessera.machine.engine;
    exports org.tessera.machine.config;
    exports org.tessera.machine.topology;
    exports org.tessera.machine.routing;
    exports org.tessera.machine.network;
    exports org.tessera.machine.stats;
    exports org.tessera.machine.traffic;
    exports org.tessera.machine.collective;
    exports org.tessera.machine.bsp;
    exports org.tessera.machine.memory;
    exports org.tessera.machine.tile;
    exports org.tessera.machine.trace;
    exports org.tessera.machine.plot;
    exports org.tessera.machine.program;
    exports org.tessera.machine.cli;

    opens org.tessera.machine.cli to info.picocli;

    provides com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider with org.tessera.machine.instrument.TileMachineInstrumentProvider;
}
