package org.tessera.machine.collective;

import static org.tessera.machine.collective.Schedule.Builder.COMBINE;

/**
 * Builds the {@link Schedule} of a collective and algorithm from the pieces in {@link BinomialTree},
 * {@link Ring} and {@link RecursiveDoubling}. Ranks here are relative to the root (relative rank q
 * is rank (q + root) mod p), and {@code blocks} cuts the vector into the rank blocks of scatter and
 * gather in relative order.
 */
final class Plans {
    private Plans() {
    }

    static Schedule build(Collective collective, Algorithm algorithm, int p, Partition blocks, long segment) {
        collective.check(algorithm);
        long length = blocks.length();
        Schedule.Builder b = new Schedule.Builder(p);
        Ranks all = Ranks.all(p);
        Fold fold = new Fold(p);
        Partition even = Partition.even(length, fold.size());
        switch (collective) {
            case BARRIER -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.broadcast(b, BinomialTree.reduce(b, 0, all, 0, 0), all, 0, 0);
                    case RING -> Ring.chainBroadcast(b, Ring.chainReduce(b, 0, p, 0, 1), p, 0, 1);
                    case RECURSIVE_DOUBLING -> RecursiveDoubling.dissemination(b, 0, p);
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case BROADCAST -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.broadcast(b, 0, all, 0, length);
                    case RING -> Ring.chainBroadcast(b, 0, p, length, segment);
                    case RECURSIVE_DOUBLING -> {
                        int round = BinomialTree.scatter(b, 0, fold, even);
                        round = RecursiveDoubling.allGather(b, round, fold, even);
                        RecursiveDoubling.foldOut(b, round, fold, 0, length);
                    }
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case REDUCE -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.reduce(b, 0, all, 0, length);
                    case RING -> Ring.chainReduce(b, 0, p, length, segment);
                    case RABENSEIFNER -> {
                        int round = RecursiveDoubling.foldIn(b, 0, fold, 0, length, COMBINE);
                        round = RecursiveDoubling.reduceScatter(b, round, fold, even);
                        BinomialTree.gather(b, round, fold, even);
                    }
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case ALL_REDUCE -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.broadcast(b, BinomialTree.reduce(b, 0, all, 0, length), all, 0, length);
                    case RING -> Ring.allGather(b, Ring.reduceScatter(b, 0, p, blocks), p, blocks);
                    case RECURSIVE_DOUBLING -> {
                        int round = RecursiveDoubling.foldIn(b, 0, fold, 0, length, COMBINE);
                        round = RecursiveDoubling.allReduce(b, round, fold, length);
                        RecursiveDoubling.foldOut(b, round, fold, 0, length);
                    }
                    case RABENSEIFNER -> {
                        int round = RecursiveDoubling.foldIn(b, 0, fold, 0, length, COMBINE);
                        round = RecursiveDoubling.reduceScatter(b, round, fold, even);
                        round = RecursiveDoubling.allGather(b, round, fold, even);
                        RecursiveDoubling.foldOut(b, round, fold, 0, length);
                    }
                }
            }
            case SCATTER -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.scatter(b, 0, all, blocks);
                    case RING -> Ring.scatter(b, 0, p, blocks);
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case GATHER -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.gather(b, 0, all, blocks);
                    case RING -> Ring.gather(b, 0, p, blocks);
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case ALL_GATHER -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.broadcast(b, BinomialTree.gather(b, 0, all, blocks), all, 0, length);
                    case RING -> Ring.allGather(b, 0, p, blocks);
                    case RECURSIVE_DOUBLING -> {
                        int round = RecursiveDoubling.foldInBlocks(b, 0, fold, blocks);
                        round = RecursiveDoubling.allGather(b, round, fold, blocks.grouped(fold));
                        RecursiveDoubling.foldOut(b, round, fold, 0, length);
                    }
                    default -> throw notPlanned(collective, algorithm);
                }
            }
            case REDUCE_SCATTER -> {
                switch (algorithm) {
                    case TREE -> BinomialTree.scatter(b, BinomialTree.reduce(b, 0, all, 0, length), all, blocks);
                    case RING -> Ring.reduceScatter(b, 0, p, blocks);
                    case RECURSIVE_DOUBLING -> {
                        int round = RecursiveDoubling.foldIn(b, 0, fold, 0, length, COMBINE);
                        round = RecursiveDoubling.reduceScatter(b, round, fold, blocks.grouped(fold));
                        RecursiveDoubling.foldOutBlocks(b, round, fold, blocks);
                    }
                    default -> throw notPlanned(collective, algorithm);
                }
            }
        }
        return b.build();
    }

    /** {@link Collective#algorithms()} lists a combination this class does not build (a bug here, not the caller's). */
    private static IllegalStateException notPlanned(Collective collective, Algorithm algorithm) {
        return new IllegalStateException(collective.displayName() + " lists " + algorithm.displayName() + " but has no plan for it");
    }
}
