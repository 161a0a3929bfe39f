package org.tessera.machine.network;

/**
 * A separable input-first switch allocator with round-robin arbiters (as BookSim's
 * {@code separable_input_first}, github.com/booksim/booksim2 src/allocators/separable_input_first.cpp):
 * each input port nominates one of its ready virtual channels, then each output port grants one
 * of the inputs that nominated it. Arbiter pointers advance past a winner only when it is granted
 * (as in iSLIP), which keeps every input and channel starvation-free.
 */
final class SwitchAllocator {
    /** Per input port (global): the virtual channel the input arbiter tries first. */
    final int[] nextVc;
    /** Per output port (global): the input port the output arbiter favours. */
    final int[] nextInput;
    private final int ports;
    private final int vcs;
    // The nominations of the router being allocated.
    private final int[] requestInput;
    private final int[] requestChannel;
    private final int[] requestOutputChannel;
    private final int[] requestOutput;
    private final int[] bestRequest;
    private final int[] bestPriority;
    private int requests;

    SwitchAllocator(int routers, int ports, int vcs) {
        this.ports = ports;
        this.vcs = vcs;
        nextVc = new int[routers * ports];
        nextInput = new int[routers * ports];
        requestInput = new int[ports];
        requestChannel = new int[ports];
        requestOutputChannel = new int[ports];
        requestOutput = new int[ports];
        bestRequest = new int[ports];
        bestPriority = new int[ports];
        java.util.Arrays.fill(bestRequest, -1);
    }

    void begin() {
        requests = 0;
    }

    /** Input {@code inPort} nominates input channel {@code channel} for output {@code outPort}. */
    void nominate(int inPort, int channel, int outputChannel, int outPort) {
        int i = requests++;
        requestInput[i] = inPort;
        requestChannel[i] = channel;
        requestOutputChannel[i] = outputChannel;
        requestOutput[i] = outPort;
    }

    /** Runs the output arbiters of router {@code router}; returns the number of nominations. */
    int arbitrate(int router) {
        int base = router * ports;
        for (int i = 0; i < requests; i++) {
            int out = requestOutput[i];
            int priority = requestInput[i] - nextInput[base + out];
            if (priority < 0) {
                priority += ports;
            }
            if (bestRequest[out] < 0 || priority < bestPriority[out]) {
                bestRequest[out] = i;
                bestPriority[out] = priority;
            }
        }
        return requests;
    }

    /** Whether nomination {@code i} won its output; if so, moves both arbiters past it. */
    boolean granted(int router, int i) {
        int out = requestOutput[i];
        if (bestRequest[out] != i) {
            return false;
        }
        bestRequest[out] = -1;
        int base = router * ports;
        int in = requestInput[i];
        nextInput[base + out] = in + 1 == ports ? 0 : in + 1;
        int vc = requestChannel[i] % vcs;
        nextVc[base + in] = vc + 1 == vcs ? 0 : vc + 1;
        return true;
    }

    int inputOf(int i) {
        return requestInput[i];
    }

    int channelOf(int i) {
        return requestChannel[i];
    }

    int outputChannelOf(int i) {
        return requestOutputChannel[i];
    }

    int outputOf(int i) {
        return requestOutput[i];
    }
}
