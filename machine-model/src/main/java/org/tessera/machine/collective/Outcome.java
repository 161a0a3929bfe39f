package org.tessera.machine.collective;

/** How a finished run of a collective went, by relative rank (q = 0 is the root). */
interface Outcome {
    long startCycle();

    /** The cycle relative rank q finished. */
    long finishCycle(int q);

    long messages();

    long bytesSent();
}
