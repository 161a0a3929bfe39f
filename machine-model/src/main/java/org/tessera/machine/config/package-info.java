/**
 * Machine configurations as data. A config is a YAML file (or a built-in preset with the same
 * format, see {@link org.tessera.machine.config.Presets}); {@link org.tessera.machine.config.ConfigLoader}
 * reads it with SnakeYAML's node API so every error names the file, line and key, validates every
 * value, and produces an immutable {@link org.tessera.machine.config.MachineConfig}. The keys,
 * their types, defaults and meanings are declared once, in {@link org.tessera.machine.config.ConfigSchema};
 * the loader reads through those declarations, and the key reference in {@code machine-model/CONFIG.md}
 * is generated from them ({@link org.tessera.machine.config.ConfigSchema#describeAll()}) and checked by a test.
 */
package org.tessera.machine.config;
