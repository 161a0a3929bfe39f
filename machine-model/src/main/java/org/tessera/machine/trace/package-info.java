/**
 * Traces for ui.perfetto.dev: {@link org.tessera.machine.trace.TraceRecorder} watches the network
 * as a {@link org.tessera.machine.network.NetworkObserver} and writes a Chrome trace-event JSON file,
 * one track per tile, a slice per message at each end and a flow arrow between them, bounded by a
 * cycle window and an event budget ({@link org.tessera.machine.trace.TraceOptions}).
 */
package org.tessera.machine.trace;
