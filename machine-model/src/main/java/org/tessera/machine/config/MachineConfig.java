package org.tessera.machine.config;

/** A whole machine, validated: every value here is usable. */
public record MachineConfig(String name, TopologyConfig topology, TileConfig tiles, NetworkConfig network, MemoryConfig memory,
                CollectiveConfig collective, BspConfig bsp) {

    /** The number of tiles (validated to fit in an int). */
    public int tileCount() {
        return (int) topology.tileCount();
    }

    /** This config with another network section, for experiments that vary one parameter. */
    public MachineConfig withNetwork(NetworkConfig other) {
        return new MachineConfig(name, topology, tiles, other, memory, collective, bsp);
    }

    /** This config with another topology (the other sections unchanged; not re-validated against it). */
    public MachineConfig withTopology(String newName, TopologyConfig other) {
        return new MachineConfig(newName, other, tiles, network, memory, collective, bsp);
    }
}
