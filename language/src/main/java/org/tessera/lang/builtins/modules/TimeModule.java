package org.tessera.lang.builtins.modules;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The {@code time} module: wall clock, monotonic counters and sleeping. */
public final class TimeModule {
    private TimeModule() {
    }

    @Builtin(name = "time")
    @GenerateNodeFactory
    public abstract static class TimeNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double time() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
    }

    @Builtin(name = "time_ns")
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long timeNs() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }

    @Builtin(name = "perf_counter")
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double perfCounter() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns")
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long perfCounterNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "monotonic")
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double monotonic() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "process_time")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double processTime() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        }
    }

    @Builtin(name = "sleep", params = {"seconds", "/"})
    @GenerateNodeFactory
    public abstract static class SleepNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object sleep(Object seconds) {
            double s = Numbers.asDouble(seconds);
            if (s < 0) {
                throw PyErrors.valueError(null, "sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErrors.raise(null, ErrorType.KeyboardInterrupt, null);
            }
            return PyNone.NONE;
        }
    }
}
