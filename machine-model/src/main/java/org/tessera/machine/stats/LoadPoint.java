package org.tessera.machine.stats;

/**
 * One offered load of a sweep and what it measured.
 *
 * @param offered   flits per tile per cycle the sources were asked to generate
 * @param saturated whether packets generated in the window were still in flight when the drain
 *                  limit was reached: the network is past saturation and the latency is a lower bound
 * @param endCycle  the cycle the run stopped at
 */
public record LoadPoint(double offered, boolean saturated, long endCycle, Summary summary) {
}
