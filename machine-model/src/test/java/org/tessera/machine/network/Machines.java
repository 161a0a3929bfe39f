package org.tessera.machine.network;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;

/** Machine configs for tests, written as the YAML a user would write. */
final class Machines {
    private Machines() {
    }

    static MachineConfig yaml(String text) {
        try {
            return ConfigLoader.parse(text, "test", "test");
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static MachineConfig of(String topology, String network) {
        return yaml("topology: " + topology + (network.isEmpty() ? "" : "\nnetwork: " + network) + "\n");
    }
}
