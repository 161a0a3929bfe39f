package org.tessera.machine.program;

/**
 * What the tiles' nurseries did in a run ({@link Nursery}); only a run with a nursery has them.
 *
 * @param nurseryBytes       each tile's nursery
 * @param minorCollections   collections of a nursery alone
 * @param majorCollections   collections of a whole tile (old space over its share, or no block left)
 * @param minorPauseCycles   cycles cores stood still for minor collections (hardware: root snapshots)
 * @param majorPauseCycles   the same for major collections
 * @param promotedObjects    young objects a minor collection found live and copied to the old space
 * @param promotedBytes      their bytes
 * @param rememberedScanned  remembered old objects the minor collections scanned
 * @param writeBarriers      writes that passed the write barrier
 * @param pretenured         objects bigger than the nursery, allocated in the old space at once
 */
public record NurseryStats(long nurseryBytes, long minorCollections, long majorCollections, long minorPauseCycles, long majorPauseCycles,
                long promotedObjects, long promotedBytes, long rememberedScanned, long writeBarriers, long pretenured) {

    static NurseryStats of(Nursery n) {
        return n == null ? null
                        : new NurseryStats(n.bytes(), n.minorCollections, n.majorCollections, n.minorPauseCycles, n.majorPauseCycles, n.promotedObjects,
                                        n.promotedBytes, n.rememberedScanned, n.barriers, n.pretenured);
    }
}
