package org.tessera.machine.config;

/** The topology families the model has one class each for (see {@code org.tessera.machine.topology}). */
public enum TopologyKind {
    MESH, TORUS, HYPERCUBE, FAT_TREE, EXCHANGE
}
