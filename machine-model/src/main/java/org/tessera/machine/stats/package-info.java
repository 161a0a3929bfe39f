/**
 * Every number a run measures, in one place, and its export. The network counts into
 * {@link org.tessera.machine.stats.Statistics} on its hot path; afterwards a
 * {@link org.tessera.machine.stats.Summary} takes the headline numbers, a
 * {@link org.tessera.machine.stats.LoadSweep} gathers them per offered load, and
 * {@link org.tessera.machine.stats.JsonReport} and {@link org.tessera.machine.stats.CsvReport} write
 * them out. Exports hold no wall-clock time and format numbers through
 * {@link org.tessera.machine.stats.Decimals}, so the same config and seed give byte-identical files.
 */
package org.tessera.machine.stats;
