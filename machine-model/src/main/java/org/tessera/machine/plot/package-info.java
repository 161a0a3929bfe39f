/**
 * PNG charts drawn with JFreeChart (headless): {@link org.tessera.machine.plot.LoadCharts} for a
 * load sweep's latency and throughput curves, {@link org.tessera.machine.plot.LinkHeatmap} for link
 * load laid out on the topology.
 */
package org.tessera.machine.plot;
