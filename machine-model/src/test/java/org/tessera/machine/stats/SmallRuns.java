package org.tessera.machine.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.traffic.OpenLoop;
import org.tessera.machine.traffic.TrafficPattern;

/** Small, fast runs for the export, plot and trace tests: a few thousand cycles on a few tiles. */
public final class SmallRuns {
    private SmallRuns() {
    }

    /** A machine from YAML text, e.g. {@code topology: {kind: mesh, dimensions: [4, 4]}}. */
    public static MachineConfig machine(String name, String yaml) {
        try {
            return ConfigLoader.parse(yaml, "test:" + name, name);
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    public static MachineConfig mesh(int k) {
        return machine("mesh-" + k, "topology:\n  kind: mesh\n  dimensions: [" + k + ", " + k + "]\n");
    }

    /** One load point: the network afterwards (its statistics) and what OpenLoop measured. */
    public record Run(Network network, OpenLoop.Result result) {
        public LoadPoint point() {
            return new LoadPoint(result.offered(), result.saturated(), result.cycles(),
                            Summary.of(network.statistics(), new TopologyLabels(network.topology())));
        }
    }

    public static Run run(MachineConfig machine, String pattern, double rate, long cycles, long seed) {
        Network network = Network.create(machine, new Engine());
        int flits = machine.network().maxPacketFlits();
        OpenLoop.Result result = OpenLoop.run(network, TrafficPattern.parse(pattern, network.topology()), rate, flits, OpenLoop.Phases.of(cycles), seed);
        return new Run(network, result);
    }

    /** A uniform-traffic sweep, each point also added to {@code csv} if it is not null. */
    public static LoadSweep sweep(MachineConfig machine, double[] rates, long cycles, long seed, CsvReport csv) throws IOException {
        Topology topology = Topology.of(machine.topology());
        OpenLoop.Phases phases = OpenLoop.Phases.of(cycles);
        List<LoadPoint> points = new ArrayList<>();
        for (double rate : rates) {
            Run run = run(machine, "uniform", rate, cycles, seed);
            LoadPoint point = run.point();
            points.add(point);
            if (csv != null) {
                csv.add(point, run.network().statistics());
            }
        }
        int flits = machine.network().maxPacketFlits();
        return new LoadSweep(new LoadSweep.Setup(machine.name(), topology.describe(), topology.tiles(), topology.routers(),
                        machine.tiles().clock().megahertz(), "uniform", flits, machine.network().maxPacketBytes(), seed, phases.warmupCycles(),
                        phases.measureCycles(), phases.drainLimitCycles(), 0.5), points);
    }
}
