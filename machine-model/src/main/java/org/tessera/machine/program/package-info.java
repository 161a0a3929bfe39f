/**
 * A real program on the modelled machine. A Truffle instrument (package {@code instrument}) reports
 * what a running program does — events, allocations, object accesses, calls, parallel regions —
 * to a {@link org.tessera.machine.program.ProgramModel}, which maps the program onto the tiles and
 * accounts the cost: cycles per {@link org.tessera.machine.program.Category overhead category}
 * from a {@link org.tessera.machine.program.CostTable}, remote accesses and migrations as messages
 * through the real network, objects in tiles' SRAM with a software or hardware collector per tile
 * ({@link org.tessera.machine.program.TileHeaps}), and parallel regions recorded and replayed on the
 * engine ({@link org.tessera.machine.program.ParallelRegion}). The run ends in a
 * {@link org.tessera.machine.program.Summary}, and on request a
 * {@link org.tessera.machine.program.Report} (CSV, JSON, PNGs, HTML) and a
 * {@link org.tessera.machine.program.ProgramTrace} (Perfetto). With a host, the machine is an
 * accelerator beside a host CPU joined by a PCIe-like link, and the program is split between them
 * ({@link org.tessera.machine.program.OffloadModel}). Plain Java: no Truffle here.
 * {@code machine-model/PROGRAM.md} explains the model.
 */
package org.tessera.machine.program;
