package org.tessera.machine.memory;

import java.util.function.Consumer;

import org.tessera.machine.config.MemoryConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.DeliveryListener;
import org.tessera.machine.network.Message;
import org.tessera.machine.network.Network;
import org.tessera.machine.time.Cycles;

/**
 * Reads and writes of memory homed on a tile, from any tile (a split-transaction protocol, as on
 * Epiphany's eMesh or a NUMA fabric):
 *
 * <ul>
 * <li>remote read: a request of {@code header_bytes} to the home, {@code access_cycles} at the
 * home's SRAM, then a response of {@code header_bytes + bytes} back;</li>
 * <li>remote write: a request of {@code header_bytes + bytes}, the access, then an acknowledgement
 * of {@code header_bytes};</li>
 * <li>local access ({@code requester == home}): {@code access_cycles}, no network.</li>
 * </ul>
 *
 * At zero load a remote access therefore takes T₀(request) + access_cycles + T₀(response), each T₀
 * being {@link Network#zeroLoadLatency} of the message's flits. The home's SRAM port is modelled as
 * pipelined (a fixed latency, no queueing between accesses) and takes no hardware thread: the
 * network interface serves requests, as Epiphany's mesh node does.
 *
 * <p>Counters per tile: accesses and data bytes it issued, local and remote, and remote accesses it
 * served as home.
 */
public final class RemoteMemory {
    /** An access in flight, carried as the payload of its request and response. */
    private record Pending(MemoryAccess.Kind kind, int requester, int home, long bytes, long issuedCycle, Consumer<MemoryAccess> callback) {
    }

    private final Network network;
    private final Engine engine;
    private final MemoryConfig config;
    private final long[] localAccesses;
    private final long[] remoteAccesses;
    private final long[] localBytes;
    private final long[] remoteBytes;
    private final long[] servedAccesses;
    private final DeliveryListener requestArrived = this::requestArrived;
    private final DeliveryListener responseArrived = this::responseArrived;

    public RemoteMemory(Network network, MemoryConfig config) {
        this.network = network;
        this.engine = network.engine();
        this.config = config;
        int tiles = network.topology().tiles();
        localAccesses = new long[tiles];
        remoteAccesses = new long[tiles];
        localBytes = new long[tiles];
        remoteBytes = new long[tiles];
        servedAccesses = new long[tiles];
    }

    /** Reads {@code bytes} of memory homed on {@code home}; {@code callback} (may be null) hears when the data is back. */
    public void read(int requester, int home, long bytes, Consumer<MemoryAccess> callback) {
        access(MemoryAccess.Kind.READ, requester, home, bytes, callback);
    }

    /** Writes {@code bytes} to memory homed on {@code home}; {@code callback} (may be null) hears when the write is acknowledged. */
    public void write(int requester, int home, long bytes, Consumer<MemoryAccess> callback) {
        access(MemoryAccess.Kind.WRITE, requester, home, bytes, callback);
    }

    private void access(MemoryAccess.Kind kind, int requester, int home, long bytes, Consumer<MemoryAccess> callback) {
        if (bytes < 0) {
            throw new IllegalArgumentException("cannot access " + bytes + " bytes");
        }
        Pending access = new Pending(kind, requester, home, bytes, engine.nowCycle(), callback);
        if (requester == home) {
            checkTile(requester);
            localAccesses[requester]++;
            localBytes[requester] += bytes;
            engine.schedule(Cycles.of(engine.nowCycle() + config.accessCycles()), () -> complete(access));
            return;
        }
        long requestBytes = config.headerBytes() + (kind == MemoryAccess.Kind.WRITE ? bytes : 0);
        network.send(requester, home, requestBytes, access, requestArrived);
        remoteAccesses[requester]++;
        remoteBytes[requester] += bytes;
    }

    private void requestArrived(Message request) {
        Pending access = (Pending) request.payload();
        servedAccesses[access.home()]++;
        long responseBytes = config.headerBytes() + (access.kind() == MemoryAccess.Kind.READ ? access.bytes() : 0);
        engine.schedule(Cycles.of(engine.nowCycle() + config.accessCycles()),
                        () -> network.send(access.home(), access.requester(), responseBytes, access, responseArrived));
    }

    private void responseArrived(Message response) {
        complete((Pending) response.payload());
    }

    private void complete(Pending access) {
        if (access.callback() != null) {
            access.callback().accept(new MemoryAccess(access.kind(), access.requester(), access.home(), access.bytes(), Cycles.of(access.issuedCycle()),
                            engine.now()));
        }
    }

    private void checkTile(int tile) {
        if (tile < 0 || tile >= localAccesses.length) {
            throw new IllegalArgumentException("no tile " + tile + " (tiles 0.." + (localAccesses.length - 1) + ")");
        }
    }

    /** Accesses {@code tile} issued to its own memory. */
    public long localAccesses(int tile) {
        return localAccesses[tile];
    }

    /** Accesses {@code tile} issued to other tiles' memory. */
    public long remoteAccesses(int tile) {
        return remoteAccesses[tile];
    }

    /** Data bytes {@code tile} read or wrote locally (headers not counted). */
    public long localBytes(int tile) {
        return localBytes[tile];
    }

    /** Data bytes {@code tile} read or wrote remotely (headers not counted). */
    public long remoteBytes(int tile) {
        return remoteBytes[tile];
    }

    /** Remote accesses served by {@code tile} as the home. */
    public long servedAccesses(int tile) {
        return servedAccesses[tile];
    }
}
