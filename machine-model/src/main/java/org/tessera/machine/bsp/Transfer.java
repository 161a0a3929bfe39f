package org.tessera.machine.bsp;

/** A message of the exchange phase: {@code bytes} from tile {@code from} to tile {@code to}. */
public record Transfer(int from, int to, long bytes) {
    public Transfer {
        if (bytes < 0) {
            throw new IllegalArgumentException("a transfer cannot carry " + bytes + " bytes");
        }
    }
}
