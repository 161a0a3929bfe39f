package org.tessera.machine.program;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.trace.TraceOptions;

/**
 * A real program, mapped onto the modelled machine as it runs. The program runs for real,
 * sequentially; an instrument reports what it does ({@link #event}, {@link #newObject},
 * {@link #access}, calls, parallel regions) and the model accounts what that would cost on the
 * machine.
 *
 * <p><b>Time.</b> Sequential code runs on one tile, the <em>current</em> tile (tile 0 at the
 * start), with its own clock, {@link #now()}. An event advances that clock by its cost-table cycles
 * (charged to its categories). A local access adds {@code memory.access_cycles} (useful work). A
 * remote access is a request message ({@code memory.header_bytes}, plus the data for a write)
 * through the real network to the object's home, an SRAM access there, and a response (the data
 * for a read); the task waits, and the wait beyond the access itself is charged to
 * {@link Category#REMOTE_ACCESS}. The engine is not told about compute: sequential code runs ahead of
 * it, so events and local accesses cost a few array operations, and a message on the idle network
 * sequential code sends into takes exactly its zero-load latency ({@link Transport}); the engine is
 * brought up to the task's clock only for messages that must be simulated.
 *
 * <p><b>Calls.</b> {@link Execution#HOME} runs every call where its caller runs.
 * {@link Execution#MIGRATE_TO_DATA} moves a call with a receiver to the receiver's home tile (a
 * message of {@code calls.migration_bytes}; the result goes back in {@code calls.return_bytes})
 * when that is cheaper than staying: staying is estimated as a zero-load round trip per access to
 * the receiver, times the running average of such accesses per call (starting at 2); moving as
 * the two messages' zero-load latencies.
 *
 * <p><b>Objects.</b> Each allocation gets a home tile by the {@link Placement} and a block of that
 * tile's SRAM; a full tile collects ({@link GcMode}, see {@link TileHeaps}) and spills to the
 * nearest tile with room if it must. Allocating on another tile is a round trip to its allocator.
 * Liveness is the program's: the {@link Liveness} callback's reachable objects, plus the
 * temporaries of the statements on the stack (objects each frame's current statement allocated
 * before the call it is making, and everything the innermost statement allocated so far), which a
 * real interpreter keeps on its value stack. Without a Liveness every object stays alive.
 *
 * <p><b>Parallel regions.</b> Between {@link #beginParallel} and {@link #endParallel}, each task
 * ({@link #beginTask}…{@link #endTask}) runs on its own tile — task i on tile i mod N, or with
 * {@link Placement#AFFINITY} on the home of the object passed to {@link #beginTask(int)} — and
 * all of them start when the region starts. They really run one after another, so their operations
 * are recorded and replayed together on the engine at {@link #endParallel} ({@link ParallelRegion});
 * the region lasts until the parent has every task's result. Regions inside a task run inline.
 *
 * <p><b>JIT.</b> With a {@link JitModel} ({@link #setJit}), the program model reports functions
 * entered and left ({@link #enterFunction}, {@link #exitFunction}), loop back-edges and failed
 * specialisations to it, and charges each event by the cost table of the tier the running function's
 * code has on the current tile: the model's own table (interpreted, tier 0), or the JIT model's
 * compiled tiers. The tier is asked again at every function entry and exit, back-edge and failed
 * specialisation, so code that arrives while a function runs is used from its next loop iteration
 * (as on-stack replacement would). A compilation the running tile waits for stops it
 * ({@link Category#JIT_COMPILATION}).
 *
 * <p>Not thread-safe: one program, one thread.
 */
public final class ProgramModel {
    private static final int STATEMENT = Event.STATEMENT.ordinal();
    private static final int ALLOCATION = Event.ALLOCATION.ordinal();
    private static final int USEFUL_WORK = Category.USEFUL_WORK.ordinal();
    /** The id standing for "no object" (a call without a receiver) or an object the model does not track. */
    public static final int UNTRACKED = -1;
    /** Receiver accesses per call are averaged in 1/256ths, starting at 2. */
    private static final long AVERAGE_ONE = 256;

    private final ProgramOptions options;
    private final MachineConfig machine;
    private final CostTable costs;
    private final Network network;
    private final Topology topology;
    private final Transport transport;
    private final ObjectStore objects;
    private final TileHeaps heaps;
    private final int tileCount;
    private final long accessCycles;
    private final long headerBytes;

    private final long[] eventCycles;
    private final long[] eventCounts = new long[Event.COUNT];
    /** The costs and counts of the tier the running code pays: eventCycles/eventCounts, or a compiled tier's. */
    private long[] activeCycles;
    private long[] activeCounts;
    private final long[] charged = new long[Category.COUNT];

    final long[] busyCycles;
    final long[] localAccesses;
    final long[] remoteAccesses;

    // the running task
    private long now;
    private int current;
    private long segmentStart;

    // frames: index 0 is the program's top level
    private int depth;
    private int[] frameReturnTile = new int[64];
    private boolean[] frameMigrated = new boolean[64];
    private int[] frameReceiver = new int[64];
    private int[] frameReceiverAccesses = new int[64];
    private int[] frameStatementStart = new int[64];
    private int[] frameCallPoint = new int[64];
    private long receiverAccessAverage = 2 * AVERAGE_ONE;

    // parallel regions
    private ParallelRegion region;
    private int parallelDepth;
    private long parentNow;
    private int parentTile;
    private int[] busyThreads;
    private long[] threadSlots;

    // liveness
    private Liveness liveness;
    private int epoch;
    private long markedObjects;
    private long markedBytes;
    private final IntConsumer marker = this::markOne;

    // JIT: the functions running, innermost last, and each tier's costs and counts
    private JitModel jit;
    private CostTable[] tierCosts;
    private long[][] tierCycles;
    private long[][] tierCounts;
    private int[] functions = new int[64];
    private int functionDepth;
    private int activeTier;

    private ProgramTrace trace;
    private Nursery nursery;
    private boolean finished;
    private SmartCache smartCache;

    // a host joined by a link, when the run has one
    private OffloadModel offload;
    private static final long[] NO_CYCLES = new long[Event.COUNT];

    // objects beyond the tiles' SRAM (null: SRAM only)
    private MemoryModel memory;

    long staleAccesses;
    long migrations;
    long remoteAllocations;
    long regions;
    /** Cycles from each parallel region's start to its end (its makespan), summed. */
    long regionCycles;
    private long regionStart;
    long tasks;
    long barriers;
    long liveObjectsAfterLastGc = -1;
    long liveBytesAfterLastGc = -1;

    public ProgramModel(ProgramOptions options) {
        this(options, false);
    }

    /** @param simulateIdleNetwork simulate sequential code's messages flit by flit too (see {@link Transport}) */
    ProgramModel(ProgramOptions options, boolean simulateIdleNetwork) {
        this.options = options;
        this.machine = options.machine();
        this.costs = options.costs();
        Engine engine = new Engine();
        this.network = Network.create(machine, engine);
        this.topology = network.topology();
        Tiles tiles = new Tiles(machine, engine);
        this.transport = new Transport(network, simulateIdleNetwork);
        this.tileCount = options.tilesUsed();
        this.accessCycles = machine.memory().accessCycles();
        this.headerBytes = machine.memory().headerBytes();
        this.objects = new ObjectStore(machine.tileCount());
        this.heaps = new TileHeaps(tiles, topology, tileCount, machine.memory().alignmentBytes(), options.gc(), costs.gc(), objects, this::markLive);
        this.eventCycles = costs.totals();
        this.activeCycles = eventCycles;
        this.activeCounts = eventCounts;
        int all = machine.tileCount();
        busyCycles = new long[all];
        localAccesses = new long[all];
        remoteAccesses = new long[all];
        frameReceiver[0] = -1;
        frameReturnTile[0] = 0;
    }

    /**
     * Models JIT compilation with {@code model} (call before the program starts): events then cost
     * what the tier of the running function's code costs on the current tile.
     */
    public void setJit(JitModel model) {
        if (jit != null) {
            throw new IllegalStateException("the run already has a JIT model");
        }
        if (offload != null) {
            throw new IllegalStateException("the run has a host (offload " + offload.mode().spelling() + "): the JIT model knows only tiles");
        }
        int tiers = model.tiers();
        tierCosts = new CostTable[tiers + 1];
        tierCycles = new long[tiers + 1][];
        tierCounts = new long[tiers + 1][];
        tierCosts[0] = costs;
        tierCycles[0] = eventCycles;
        tierCounts[0] = eventCounts;
        for (int t = 1; t <= tiers; t++) {
            tierCosts[t] = model.costs(t);
            tierCycles[t] = tierCosts[t].totals();
            tierCounts[t] = new long[Event.COUNT];
        }
        jit = model;
        model.attach(new Host());
    }

    /**
     * Adds a host joined to the machine by a link, and splits the program between them as
     * {@code offloadOptions} say (call before the program starts; {@link Offload#NONE} changes
     * nothing). See {@link OffloadModel}.
     */
    public void setOffload(OffloadOptions offloadOptions) {
        if (offloadOptions.mode() == Offload.NONE) {
            return;
        }
        if (jit != null) {
            throw new IllegalStateException("the run has a JIT model: offload " + offloadOptions.mode().spelling() + " cannot be added");
        }
        if (offload != null) {
            throw new IllegalStateException("the run already has a host");
        }
        offload = new OffloadModel(this, offloadOptions, machine.tiles().clock().megahertz(), accessCycles);
    }

    /** The host and link of this run, or null. */
    public OffloadModel offload() {
        return offload;
    }

    /** The JIT model of this run, or null. */
    public JitModel jit() {
        return jit;
    }

    /**
     * Gives every tile a smart cache of name and function resolution results (call before the
     * program starts): {@link #lookup} then pays less on a hit, and writes are snooped.
     */
    public void setSmartCache(SmartCache cache) {
        if (smartCache != null) {
            throw new IllegalStateException("the run already has a smart cache");
        }
        smartCache = cache;
    }

    /** The smart cache of this run, or null. */
    public SmartCache smartCache() {
        return smartCache;
    }

    /**
     * Gives every tile's heap a generational nursery of {@code bytes} (see {@link Nursery}; call
     * before the program starts). Every write then passes a card-marking write barrier.
     *
     * @throws IllegalArgumentException unless 0 &lt; bytes &lt; a tile's SRAM
     */
    public void setNursery(long bytes) {
        if (objects.count() > 0 || heaps.nursery() != null) {
            throw new IllegalStateException("a nursery must be set before the first allocation, once");
        }
        heaps.enableNursery(bytes);
        nursery = heaps.nursery();
    }

    /**
     * Holds objects off-chip or on memory tiles as {@code memoryOptions} say (call before the program
     * starts; {@link MemorySystem#SRAM} changes nothing). With memory tiles, each compute tile gives
     * {@link MemoryOptions#cacheBytes} of its SRAM to its software cache.
     *
     * @throws IllegalArgumentException if the cache does not fit a tile's SRAM, or memory tiles leave no tile of either kind
     */
    public void setMemory(MemoryOptions memoryOptions) {
        if (memory != null || objects.count() > 0) {
            throw new IllegalStateException("the memory system is set once, before the program allocates");
        }
        if (memoryOptions.system() == MemorySystem.SRAM) {
            return;
        }
        MemoryModel model = new MemoryModel(memoryOptions, machine, topology, tileCount, options.seed(), objects);
        if (model.offChip() != null) {
            transport.setOffChipServer(model.offChip());
            if (memoryOptions.system() == MemorySystem.SPILL_OFFCHIP) {
                heaps.spillTo(model::placeOffChip);
            }
        }
        if (model.caches()) {
            for (int tile : model.computeTiles()) {
                if (memoryOptions.cacheBytes() >= machine.tiles().sramBytes() || !heaps.reserve(tile, memoryOptions.cacheBytes())) {
                    throw new IllegalArgumentException("a " + memoryOptions.cacheBytes() + "-byte cache does not fit a tile's " + machine.tiles().sramBytes()
                                    + " bytes of SRAM");
                }
            }
        }
        memory = model;
    }

    /** The program's real liveness; asked for at every collection and once at {@link #finish}. */
    public void setLiveness(Liveness liveness) {
        this.liveness = liveness;
    }

    /**
     * Records a Perfetto trace of this run (call before the program starts); write it with
     * {@link ProgramTrace#write} after {@link #finish}.
     */
    public ProgramTrace startTrace(TraceOptions traceOptions) {
        if (trace == null) {
            trace = new ProgramTrace(this, traceOptions);
            network.addObserver(trace);
            transport.setQuietListener(trace);
        }
        return trace;
    }

    // ---- the hot path ---------------------------------------------------------------------

    /** Charges {@code e}'s cycles to the current tile. */
    public void event(Event e) {
        int i = e.ordinal();
        activeCounts[i]++;
        now += activeCycles[i];
        if (i == STATEMENT) {
            frameStatementStart[depth] = objects.count();
        }
    }

    /**
     * Charges {@code e}, a lookup of {@code kind} of name {@code name} in dictionary
     * {@code dictionary} (dense ids the caller chose, from 0), on the current tile. With a smart
     * cache ({@link #setSmartCache}), a hit saves the part of the event's resolution cycles (in the
     * tier running) that a hit does not cost, from the lookup's category; without one it is
     * {@link #event}.
     */
    public void lookup(Event e, SmartCache.Kind kind, int dictionary, int name) {
        if (dictionary < 0) {
            throw new IllegalArgumentException("no dictionary " + dictionary);
        }
        event(e);
        // the tiles have smart caches; a host (offload) has none
        if (smartCache != null && (offload == null || !offload.onHost()) && smartCache.lookup(current, kind, dictionary, name)) {
            int category = kind.category().ordinal();
            long saved = smartCache.saving((activeTier == 0 ? costs : tierCosts[activeTier]).cycles(e.ordinal(), category));
            now -= saved;
            charged[category] -= saved;
            smartCache.saved(kind, saved);
        }
    }

    /** The program wrote global {@code name} of module {@code module}: snooped by the smart cache, if any. */
    public void globalWritten(int module, int name) {
        if (smartCache != null) {
            smartCache.globalWritten(module, name);
        }
    }

    /** The program wrote attribute {@code name} of {@code object} (a class if {@code isClass}): snooped by the smart cache, if any. */
    public void attributeWritten(int object, int name, boolean isClass) {
        if (smartCache != null) {
            smartCache.attributeWritten(object, name, isClass);
        }
    }

    /**
     * An allocation of {@code bytes}: reports {@link Event#ALLOCATION} (do not report it again),
     * chooses a home by placement and takes a block of its SRAM, collecting or spilling if it is
     * full. Returns the object's id, dense from 0.
     */
    public int newObject(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("an object cannot have " + bytes + " bytes");
        }
        activeCounts[ALLOCATION]++;
        now += activeCycles[ALLOCATION];
        int id = objects.add(bytes, options.placement() == Placement.FIRST_TOUCH ? ObjectStore.UNTOUCHED : 0);
        if (offload != null && offload.onHost()) {
            offload.made(id);
            return id;
        }
        if (memory != null && memory.system() == MemorySystem.OFFCHIP) {
            // Each tile allocates from its own region of DRAM: no message until the object is used.
            memory.placeOffChip(id, bytes, current);
            return id;
        }
        int home = memory != null && memory.caches() ? memory.memoryTileFor(id) : homeFor(id);
        heaps.allocate(id, home, bytes, now);
        chargeAllocation(home);
        return id;
    }

    /** Pays for what the allocation on {@code home} cost: its collector's pause and waits, and the round trip if remote. */
    private void chargeAllocation(int home) {
        long stop = heaps.pause;
        long wait = heaps.waitCycles;
        int logIndex = heaps.logIndex;
        charged[Category.GC.ordinal()] += stop + wait;
        if (home == current) {
            stopHere(stop, ProgramTrace.GC_PAUSE, logIndex);
            stopHere(wait, ProgramTrace.GC_WAIT, -1);
        } else {
            remoteAllocations++;
            busyCycles[home] += stop;
            remote(home, headerBytes, headerBytes, stop + wait, Transport.Kind.ALLOCATE, logIndex);
        }
    }

    private int homeFor(int id) {
        return switch (options.placement()) {
            case LOCAL, FIRST_TOUCH -> current;
            case ROUND_ROBIN -> id % tileCount;
            case HASH -> DeterministicRandom.stream(options.seed(), id).nextInt(tileCount);
            case AFFINITY -> {
                int receiver = frameReceiver[depth];
                yield receiver >= 0 && !objects.has(receiver, ObjectStore.FREED) ? objects.home(receiver) : current;
            }
        };
    }

    /**
     * The running task reads ({@code write} false) or writes {@code bytes} of an object: an SRAM
     * access if it lives on the current tile, else a round trip to its home through the network.
     * {@link #UNTRACKED} (-1) stands for an object the model was never told about (made before
     * the run, say): its accesses are local.
     */
    public void access(int objectId, long bytes, boolean write) {
        if (offload != null && offload.access(objectId, objects.count(), accessCycles)) {
            return;
        }
        if (objectId == UNTRACKED) {
            charged[USEFUL_WORK] += accessCycles;
            localAccesses[current]++;
            now += accessCycles;
            return;
        }
        if (objectId < 0 || objectId >= objects.count()) {
            throw new IllegalArgumentException("no object " + objectId + " (objects 0.." + (objects.count() - 1) + ")");
        }
        if (objects.flags(objectId) != 0) {
            unusualAccess(objectId);
        }
        if (objectId == frameReceiver[depth]) {
            frameReceiverAccesses[depth]++;
        }
        if (write && nursery != null) {
            long barrier = nursery.written(objectId);
            charged[Category.GC.ordinal()] += barrier;
            now += barrier;
        }
        if (memory != null && objects.has(objectId, ObjectStore.OFF_CHIP)) {
            offChipAccess(objectId, bytes, write);
            return;
        }
        charged[USEFUL_WORK] += accessCycles;
        int home = objects.home(objectId);
        if (memory != null && memory.caches()) {
            cachedAccess(objectId, home, bytes, write);
            return;
        }
        if (home == current) {
            localAccesses[current]++;
            now += accessCycles;
            return;
        }
        remoteAccesses[current]++;
        roundTrip(home, bytes, write, accessCycles, Transport.Kind.READ, Transport.Kind.WRITE);
    }

    /**
     * A remote read or write of {@code bytes} at {@code home} that the task waits for: the request
     * (a header, plus the data for a write), {@code service} cycles there, and the response (a header,
     * plus the data for a read).
     */
    private void roundTrip(int home, long bytes, boolean write, long service, Transport.Kind readKind, Transport.Kind writeKind) {
        long data = Math.max(0, bytes);
        if (write) {
            remote(home, headerBytes + data, headerBytes, service, writeKind, -1);
        } else {
            remote(home, headerBytes, headerBytes + data, service, readKind, -1);
        }
    }

    /**
     * A request to the object's DRAM controller and its response: the request's bursts occupy the
     * controller (queueing behind others), then the DRAM latency; all of it is remote access.
     */
    private void offChipAccess(int id, long bytes, boolean write) {
        OffChipMemory dram = memory.offChip();
        long data = Math.max(0, bytes);
        long serialisation = dram.serialisation(data);
        dram.issued(write, data);
        remoteAccesses[current]++;
        charged[Category.REMOTE_ACCESS.ordinal()] += serialisation;
        roundTrip(objects.home(id), data, write, serialisation, Transport.Kind.OFFCHIP_READ, Transport.Kind.OFFCHIP_WRITE);
    }

    /**
     * An access through the current tile's software cache (memory tiles): the tag check, then a local
     * SRAM access on a hit or for an object homed here; on a miss, dirty victims written back home
     * and the whole object fetched from its home. An object larger than the cache is accessed remotely.
     * The home's SRAM access is the useful work charged by the caller; the rest is remote access.
     */
    private void cachedAccess(int id, int home, long bytes, boolean write) {
        long lookup = memory.lookupCycles();
        memory.lookups++;
        now += lookup;
        charged[Category.REMOTE_ACCESS.ordinal()] += lookup;
        if (home == current) {
            localAccesses[current]++;
            now += accessCycles;
            return;
        }
        SoftwareCache cache = memory.cache(current);
        SoftwareCache.Line line = cache.lookup(id);
        if (line != null) {
            memory.hits++;
            line.dirty |= write;
            localAccesses[current]++;
            now += accessCycles;
            return;
        }
        remoteAccesses[current]++;
        long size = objects.size(id);
        if (!cache.fits(size)) {
            memory.bypasses++;
            roundTrip(home, bytes, write, accessCycles, Transport.Kind.READ, Transport.Kind.WRITE);
            return;
        }
        memory.misses++;
        for (SoftwareCache.Line victim = cache.victim(size); victim != null; victim = cache.victim(size)) {
            cache.remove(victim);
            memory.evictions++;
            if (victim.dirty && !objects.has(victim.id, ObjectStore.FREED)) {
                memory.writeBacks++;
                memory.writeBackBytes += victim.bytes;
                charged[Category.REMOTE_ACCESS.ordinal()] += accessCycles;
                remote(objects.home(victim.id), headerBytes + victim.bytes, headerBytes, accessCycles, Transport.Kind.WRITE, -1);
            }
        }
        memory.fetchedBytes += size;
        remote(home, headerBytes, headerBytes + size, accessCycles, Transport.Kind.READ, -1);
        cache.insert(id, size, write);
    }

    /** First touch (the home moves to the toucher), an object already collected, or one without SRAM. */
    private void unusualAccess(int id) {
        if (objects.has(id, ObjectStore.FREED)) {
            staleAccesses++;
        } else if (objects.has(id, ObjectStore.UNTOUCHED)) {
            objects.clear(id, ObjectStore.UNTOUCHED);
            if (objects.home(id) != current) {
                heaps.release(id);
                heaps.allocate(id, current, objects.size(id), now);
                chargeAllocation(current);
            }
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    /** A call of a function of the program begins; {@code receiverObjectId} is its receiver's id, or {@link #UNTRACKED}. */
    public void enterCall(int receiverObjectId) {
        if (receiverObjectId < -1 || receiverObjectId >= objects.count()) {
            throw new IllegalArgumentException("no object " + receiverObjectId + " to be a receiver (objects 0.." + (objects.count() - 1) + ")");
        }
        frameCallPoint[depth] = objects.count();
        if (++depth == frameReceiver.length) {
            int capacity = depth * 2;
            frameReturnTile = Arrays.copyOf(frameReturnTile, capacity);
            frameMigrated = Arrays.copyOf(frameMigrated, capacity);
            frameReceiver = Arrays.copyOf(frameReceiver, capacity);
            frameReceiverAccesses = Arrays.copyOf(frameReceiverAccesses, capacity);
            frameStatementStart = Arrays.copyOf(frameStatementStart, capacity);
            frameCallPoint = Arrays.copyOf(frameCallPoint, capacity);
        }
        frameReturnTile[depth] = current;
        frameMigrated[depth] = false;
        frameReceiver[depth] = receiverObjectId;
        frameReceiverAccesses[depth] = 0;
        frameStatementStart[depth] = objects.count();
        // Memory tiles run no code: with them, calls stay where they are called.
        if (options.execution() == Execution.MIGRATE_TO_DATA && (offload == null || !offload.onHost()) && receiverObjectId >= 0 && !objects.has(receiverObjectId, ObjectStore.FREED)
                        && (memory == null || !memory.caches())) {
            int home = objects.home(receiverObjectId);
            if (home != current && migrationPays(home)) {
                migrations++;
                frameMigrated[depth] = true;
                migrate(home, Transport.Kind.MIGRATE, costs.calls().migrationBytes());
            }
        }
    }

    /** The innermost call returns (to its caller's tile, if it had moved to its receiver's). */
    public void exitCall() {
        if (depth == 0) {
            throw new IllegalStateException("exitCall without a matching enterCall");
        }
        if (frameReceiver[depth] >= 0) {
            receiverAccessAverage += (frameReceiverAccesses[depth] * AVERAGE_ONE - receiverAccessAverage) / 8;
        }
        int back = frameReturnTile[depth];
        boolean migrated = frameMigrated[depth];
        depth--;
        if (migrated && back != current) {
            migrate(back, Transport.Kind.RETURN, costs.calls().returnBytes());
        }
    }

    private boolean migrationPays(int home) {
        long roundTrip = transport.zeroLoad(current, home, headerBytes) + accessCycles + transport.zeroLoad(home, current, headerBytes + 8) + 1;
        long move = transport.zeroLoad(current, home, headerBytes + costs.calls().migrationBytes()) + 1
                        + transport.zeroLoad(home, current, headerBytes + costs.calls().returnBytes()) + 1;
        return move * AVERAGE_ONE < receiverAccessAverage * roundTrip;
    }

    // ---- functions, for the JIT model ------------------------------------------------------

    /**
     * Function {@code function} (a dense id the caller chose; new ids must be announced with
     * {@link #newFunction} first) starts running: a call, or a generator resumed.
     */
    public void enterFunction(int function) {
        enterFunction(function, 0);
    }

    /** As {@link #enterFunction(int)}, with the number of {@code arguments} the call passes (shipped if the call is offloaded). */
    public void enterFunction(int function, int arguments) {
        if (offload != null) {
            offload.enterFunction(function, arguments, functionDepth);
        }
        if (functionDepth == functions.length) {
            functions = Arrays.copyOf(functions, functionDepth * 2);
        }
        int caller = functionDepth == 0 ? -1 : functions[functionDepth - 1];
        functions[functionDepth++] = function;
        if (jit != null) {
            stall(jit.enter(function, caller, current, now));
            useTier(function);
        }
    }

    /**
     * The innermost function stops running (returns, raises or yields). An exit with no function
     * running (one entered before the model was told) is ignored: the model never stops a program.
     */
    public void exitFunction() {
        if (functionDepth == 0) {
            return;
        }
        functionDepth--;
        if (offload != null) {
            offload.exitFunction(functionDepth);
        }
        if (jit != null) {
            jit.exit(functions[functionDepth], current, now);
            if (functionDepth == 0) {
                setTier(0);
            } else {
                useTier(functions[functionDepth - 1]);
            }
        }
    }

    /** A function the JIT model has not heard of: its id (dense from 0), name and tree size when asked. */
    public void newFunction(int function, String name, java.util.function.IntSupplier astNodes) {
        if (jit != null) {
            jit.newFunction(function, name, astNodes);
        }
    }

    /** A loop of the innermost function goes round again. */
    public void backEdge() {
        if (jit != null && functionDepth > 0) {
            int function = functions[functionDepth - 1];
            stall(jit.backEdge(function, current, now));
            useTier(function);
        }
    }

    /** A site of the innermost function met a type it had not met (its specialisation failed). */
    public void specialisationFailed() {
        if (jit != null && functionDepth > 0) {
            int function = functions[functionDepth - 1];
            stall(jit.specialisationFailed(function, current, now));
            useTier(function);
        }
    }

    private void useTier(int function) {
        setTier(jit.tier(function, current, now));
    }

    private void setTier(int tier) {
        if (tier != activeTier) {
            activeTier = tier;
            activeCycles = tierCycles[tier];
            activeCounts = tierCounts[tier];
        }
    }

    /** The current tile stops {@code cycles} for a compilation it waits for. */
    private void stall(long cycles) {
        if (cycles <= 0) {
            return;
        }
        closeSegment();
        charged[Category.JIT_COMPILATION.ordinal()] += cycles;
        if (region != null) {
            region.target().compute(cycles);
        } else {
            coreBusy(current, 0, now, cycles, ProgramTrace.COMPILE, -1);
        }
        now += cycles;
        segmentStart = now;
    }

    /** What the JIT model sees of the machine. */
    private final class Host implements JitHost {
        @Override
        public int tiles() {
            return machine.tileCount();
        }

        @Override
        public int programTiles() {
            return tileCount;
        }

        @Override
        public long latency(int from, int to, long bytes) {
            return transport.zeroLoad(from, to, bytes);
        }

        @Override
        public long shipCode(int from, int to, long bytes, long sent) {
            return from == to ? sent : transport.shipQuietly(from, to, bytes, sent);
        }

        @Override
        public void compiling(int tile, long start, long cycles, String function) {
            coreBusy(tile, 0, start, cycles, ProgramTrace.COMPILE, -1);
        }

        @Override
        public String tileLabel(int tile) {
            return topology.tileLabel(tile);
        }

        @Override
        public double clockMhz() {
            return machine.tiles().clock().megahertz();
        }
    }

    // ---- parallel regions -----------------------------------------------------------------

    /** A parallel region begins (its tasks follow, each between beginTask and endTask). */
    public void beginParallel() {
        checkRunning();
        if (parallelDepth++ > 0) {
            return;
        }
        if (offload != null) {
            offload.beginParallel();
        }
        closeSegment();
        regions++;
        regionStart = now;
        region = new ParallelRegion(this, transport, current, now);
    }

    /** The next task of the region begins, on tile (task index) mod N. */
    public void beginTask() {
        beginTask(-1);
    }

    /**
     * The next task begins; with {@link Placement#AFFINITY} it runs on the home of
     * {@code dataObjectId} (its argument, say), otherwise on tile (task index) mod N.
     */
    public void beginTask(int dataObjectId) {
        checkRunning();
        if (parallelDepth > 1) {
            return;
        }
        if (region == null) {
            throw new IllegalStateException("beginTask outside a parallel region");
        }
        if (region.inTask()) {
            throw new IllegalStateException("beginTask inside task " + (region.tasks() - 1) + " (endTask first)");
        }
        closeSegment();
        long spawn = costs.parallel().spawnCycles();
        now += spawn;
        charged[Category.FUNCTION_SETUP.ordinal()] += spawn;
        closeSegment();
        int index = region.tasks();
        int tile = memory != null && memory.caches() ? memory.taskTile(index)
                        : options.placement() == Placement.AFFINITY && dataObjectId >= 0 && dataObjectId < objects.count()
                                        ? objects.home(dataObjectId) : index % tileCount;
        region.beginTask(tile);
        tasks++;
        parentNow = now;
        parentTile = current;
        current = tile;
    }

    /** The running task ends. */
    public void endTask() {
        checkRunning();
        if (parallelDepth > 1) {
            return;
        }
        if (region == null || !region.inTask()) {
            throw new IllegalStateException("endTask without a task");
        }
        closeSegment();
        region.endTask();
        now = parentNow;
        current = parentTile;
        segmentStart = now;
    }

    /** Every task of the region that reaches it waits here for the others. */
    public void barrier() {
        checkRunning();
        barriers++;
        if (region != null && region.inTask() && parallelDepth == 1) {
            closeSegment();
            region.target().op(OpBuffer.BARRIER, 0);
        }
    }

    /** The region ends: its tasks are replayed in parallel; the program continues when the last result is in. */
    public void endParallel() {
        checkRunning();
        if (parallelDepth == 0) {
            throw new IllegalStateException("endParallel without beginParallel");
        }
        if (--parallelDepth > 0) {
            return;
        }
        if (region.inTask()) {
            endTask();
        }
        closeSegment();
        ParallelRegion replayed = region;
        region = null;
        now = replayed.replay();
        regionCycles += now - regionStart;
        current = replayed.finalTile();
        segmentStart = now;
        if (offload != null) {
            offload.endParallel();
        }
    }

    /**
     * The program made a system call (a built-in that asks the operating system: output, input,
     * files, time) that wrote {@code requestBytes} and returned {@code responseBytes}. Without a host
     * it costs nothing more; on a device with a host it is forwarded there ({@link OffloadModel}).
     */
    public void systemCall(long requestBytes, long responseBytes) {
        checkRunning();
        if (offload != null) {
            offload.systemCall(requestBytes, responseBytes);
        }
    }

    /** The number of tiles objects and tasks are placed on. */
    public int tiles() {
        return tileCount;
    }

    // ---- the end ----------------------------------------------------------------------------

    /** Ends the run: closes any open region, counts the objects live at exit, and sums up. */
    public Summary finish() {
        checkRunning();
        while (parallelDepth > 0) {
            endParallel();
        }
        closeSegment();
        if (offload != null) {
            offload.finish();
        }
        finished = true;
        if (jit != null) {
            jit.finish(now);
        }
        long liveAtExit = -1;
        if (liveness != null) {
            epoch++;
            markedObjects = 0;
            markedBytes = 0;
            liveness.markLive(marker);
            liveAtExit = markedObjects;
        }
        return Summary.of(this, liveAtExit);
    }

    private void checkRunning() {
        if (finished) {
            throw new IllegalStateException("the run has finished");
        }
    }

    // ---- the host's side (OffloadModel) ---------------------------------------------------------

    /** The program leaves the device: its events are counted in {@code hostCounts} and cost the device nothing. */
    void leaveDevice(long[] hostCounts) {
        closeSegment();
        activeCycles = NO_CYCLES;
        activeCounts = hostCounts;
    }

    /** The program is back on the device at {@code cycle} (the device stood idle until then). */
    void enterDevice(long cycle) {
        now = Math.max(now, cycle);
        segmentStart = now;
        activeCycles = eventCycles;
        activeCounts = eventCounts;
    }

    /** The device waits until {@code cycle} for the link, charged to remote access. */
    void deviceWaitsUntil(long cycle) {
        closeSegment();
        if (cycle > now) {
            charged[Category.REMOTE_ACCESS.ordinal()] += cycle - now;
            now = cycle;
        }
        segmentStart = now;
    }

    /** The program ends at {@code cycle}, on the host. */
    void endAt(long cycle) {
        now = Math.max(now, cycle);
        segmentStart = now;
    }

    /** An object that came over the link: placed in the running tile's SRAM, as an allocation there. */
    void placeOnDevice(int id) {
        objects.clear(id, ObjectStore.UNTOUCHED);
        heaps.allocate(id, current, objects.size(id), now);
        chargeAllocation(current);
    }

    /** An object that left for the host: its SRAM is free again. */
    void releaseFromDevice(int id) {
        heaps.release(id);
    }

    /** Bytes of object {@code id}. */
    int objectSize(int id) {
        return objects.size(id);
    }

    // ---- time and accounting --------------------------------------------------------------

    /** Ends the current compute span: busy time (sequential) or a compute operation (in a region). */
    private void closeSegment() {
        long span = now - segmentStart;
        if (span > 0) {
            if (region != null) {
                region.target().compute(span);
            } else {
                coreBusy(current, 0, segmentStart, span, ProgramTrace.COMPUTE, -1);
            }
        }
        segmentStart = now;
    }

    /** The current tile's core stops for {@code cycles} (a collector pause, or a wait for the collector unit). */
    private void stopHere(long cycles, byte kind, int logIndex) {
        if (cycles <= 0) {
            return;
        }
        closeSegment();
        if (region != null) {
            if (kind == ProgramTrace.GC_PAUSE) {
                region.target().op(OpBuffer.GC_PAUSE, cycles);
                region.target().add(logIndex);
            } else {
                region.target().op(OpBuffer.GC_WAIT, cycles);
            }
        } else {
            coreBusy(current, 0, now, cycles, kind, -1);
        }
        now += cycles;
        segmentStart = now;
    }

    /** A round trip to {@code home} that the task waits for. */
    private void remote(int home, long requestBytes, long responseBytes, long service, Transport.Kind kind, int logIndex) {
        closeSegment();
        if (region != null) {
            region.target().remote(home, kind, requestBytes, responseBytes, service, logIndex);
            now += transport.zeroLoad(current, home, requestBytes) + service + transport.zeroLoad(home, current, responseBytes) + 1;
        } else {
            long done = transport.roundTripNow(current, home, requestBytes, responseBytes, service, kind, now);
            charged[Category.REMOTE_ACCESS.ordinal()] += done - now - service;
            heaps.log().moveStart(logIndex, transport.lastRequestArrival());
            now = done;
        }
        segmentStart = now;
    }

    /** The running code moves to {@code to}. */
    private void migrate(int to, Transport.Kind kind, long bytes) {
        closeSegment();
        if (region != null) {
            region.target().migrate(to, kind, headerBytes + bytes);
            now += transport.zeroLoad(current, to, headerBytes + bytes) + 1;
        } else {
            long arrived = transport.oneWayNow(current, to, headerBytes + bytes, kind, now);
            charged[Category.REMOTE_ACCESS.ordinal()] += arrived - now;
            now = arrived;
        }
        current = to;
        segmentStart = now;
    }

    /** A core was busy (or, for a wait, held) from {@code start} for {@code cycles}. */
    void coreBusy(int tile, int slot, long start, long cycles, byte kind, int task) {
        if (kind != ProgramTrace.GC_WAIT) {
            busyCycles[tile] += cycles;
        }
        if (trace != null) {
            trace.slice(tile, slot, start, start + cycles, kind, task);
        }
    }

    void charge(Category category, long cycles) {
        charged[category.ordinal()] += cycles;
    }

    /** A free hardware thread of {@code tile} (its index), taken; -1 if all are busy. */
    int takeThread(int tile) {
        if (busyThreads == null) {
            busyThreads = new int[machine.tileCount()];
            threadSlots = new long[machine.tileCount()];
        }
        if (busyThreads[tile] == machine.tiles().threads()) {
            return -1;
        }
        busyThreads[tile]++;
        int slot = Long.numberOfTrailingZeros(~threadSlots[tile]);
        threadSlots[tile] |= 1L << slot;
        return slot;
    }

    void giveBackThread(int tile, int slot) {
        busyThreads[tile]--;
        threadSlots[tile] &= ~(1L << slot);
    }

    // ---- liveness ---------------------------------------------------------------------------

    /** Marks every live object for a collection on {@code collectingTile}; the mark. */
    private int markLive(int collectingTile) {
        epoch++;
        markedObjects = 0;
        markedBytes = 0;
        if (liveness == null) {
            for (int i = 0; i < objects.residents(collectingTile); i++) {
                objects.setMark(objects.resident(collectingTile, i), epoch);
            }
            markedObjects = objects.liveObjects();
            markedBytes = -1;
        } else {
            liveness.markLive(marker);
            for (int f = 0; f <= depth; f++) {
                int end = f == depth ? objects.count() : frameCallPoint[f];
                for (int id = frameStatementStart[f]; id < end; id++) {
                    markOne(id);
                }
            }
        }
        liveObjectsAfterLastGc = markedObjects;
        liveBytesAfterLastGc = markedBytes;
        return epoch;
    }

    private void markOne(int id) {
        if (id >= 0 && id < objects.count() && objects.mark(id) != epoch && !objects.has(id, ObjectStore.FREED)) {
            objects.setMark(id, epoch);
            markedObjects++;
            markedBytes += objects.size(id);
        }
    }

    // ---- for the summary, report and trace ----------------------------------------------------

    public ProgramOptions options() {
        return options;
    }

    MachineConfig machine() {
        return machine;
    }

    CostTable costs() {
        return costs;
    }

    Topology topology() {
        return topology;
    }

    Transport transport() {
        return transport;
    }

    TileHeaps heaps() {
        return heaps;
    }

    /** Objects beyond the tiles' SRAM, or null (SRAM only). */
    MemoryModel memory() {
        return memory;
    }

    ObjectStore objects() {
        return objects;
    }

    long headerBytes() {
        return headerBytes;
    }

    /** The running task's clock: the cycle it has reached. */
    public long now() {
        return now;
    }

    /** The tile the running code is on. */
    public int currentTile() {
        return current;
    }

    /** Events reported so far, by {@link Event} ordinal, all tiers together (a copy). */
    long[] eventCounts() {
        long[] counts = eventCounts.clone();
        if (tierCounts != null) {
            for (int t = 1; t < tierCounts.length; t++) {
                for (int e = 0; e < Event.COUNT; e++) {
                    counts[e] += tierCounts[t][e];
                }
            }
        }
        return counts;
    }

    /** Cycles in each category so far: events times their costs, plus what the model charged. */
    long[] categoryCycles() {
        long[] cycles = charged.clone();
        int tiers = tierCounts == null ? 1 : tierCounts.length;
        for (int t = 0; t < tiers; t++) {
            long[] counts = t == 0 ? eventCounts : tierCounts[t];
            CostTable table = t == 0 ? costs : tierCosts[t];
            for (int e = 0; e < Event.COUNT; e++) {
                if (counts[e] != 0) {
                    for (int c = 0; c < Category.COUNT; c++) {
                        cycles[c] += counts[e] * table.cycles(e, c);
                    }
                }
            }
        }
        return cycles;
    }
}
