/**
 * The {@code tilesim} command ({@link org.tessera.machine.cli.Tilesim}, with picocli): runs load
 * sweeps of synthetic traffic and writes the table, JSON, CSV, plots and traces that the
 * {@code stats}, {@code plot} and {@code trace} packages produce.
 */
package org.tessera.machine.cli;
