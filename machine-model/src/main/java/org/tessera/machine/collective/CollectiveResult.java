package org.tessera.machine.collective;

import java.util.List;

import org.tessera.machine.time.Cycles;

/**
 * How a collective went: it started at {@code start} (when the first rank could enter) and ended at
 * {@code end}, when the last rank finished; {@code messages} messages carried {@code bytesSent}
 * bytes in all. {@code rankEnds} holds the cycle each rank finished, by rank.
 *
 * <p>{@code values} is empty unless the request carried values; then entry r is what rank r ends
 * with, as an E-element vector: the whole vector for broadcast, all-reduce and all-gather (and at
 * the root for reduce and gather, null elsewhere); for scatter and reduce-scatter rank r's block,
 * with every other element zero; null for ranks the collective gives no result.
 */
public record CollectiveResult(Collective collective, Algorithm algorithm, int participants, long bytes, Cycles start, Cycles end, long messages,
                long bytesSent, List<Cycles> rankEnds, List<long[]> values) {

    public Cycles duration() {
        return end.since(start);
    }
}
