package org.tessera.lang.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code random.Random}: the Mersenne Twister MT19937 with CPython's seeding, so that the same
 * seed gives the same numbers as CPython for {@code random()}, {@code getrandbits()} and
 * everything built on them.
 */
public final class PyRandom extends PyValue {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int mti = N + 1;
    /** The second value of the last Box-Muller pair, for {@code gauss()}; null if none. */
    private Double gaussNext;
    private final PyType type;

    public PyRandom(PyType type) {
        this.type = type;
        seedFromTime();
    }

    @TruffleBoundary
    private void seedFromTime() {
        long t = System.nanoTime() ^ System.currentTimeMillis() * 1000003L;
        seedInt(BigInteger.valueOf(t).abs());
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int k = Math.max(N, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32 random bits, as an unsigned value in a long. */
    public long nextInt32() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** {@code seed(a)}: None, int, float, str or bytes, as CPython 3.11 (version 2). */
    @TruffleBoundary
    public void seed(Object a) {
        gaussNext = null;
        if (a == null || a == PyNone.NONE) {
            seedFromTime();
        } else if (Numbers.isInt(a)) {
            seedInt(IntOps.big(a).abs());
        } else if (a instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            seedInt(new BigInteger(1, concat(bytes, sha512(bytes))));
        } else if (a instanceof PyBytes b) {
            seedInt(new BigInteger(1, concat(b.getBytes(), sha512(b.getBytes()))));
        } else if (a instanceof Double) {
            seedInt(BigInteger.valueOf(PyObjects.hash(a)).abs());
        } else {
            throw PyErrors.typeError(null, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seedInt(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    /** {@code random()}: 53 random bits as a float in [0, 1). */
    public double random() {
        long a = nextInt32() >>> 5;
        long b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}. */
    @TruffleBoundary
    public Object getrandbits(long k) {
        if (k < 0) {
            throw PyErrors.valueError(null, "number of bits must be non-negative");
        }
        if (k == 0) {
            return 0L;
        }
        if (k <= 32) {
            return nextInt32() >>> (32 - k);
        }
        int words = (int) ((k - 1) / 32 + 1);
        BigInteger result = BigInteger.ZERO;
        long remaining = k;
        for (int i = 0; i < words; i++) {
            long r = nextInt32();
            if (remaining < 32) {
                r >>>= (32 - remaining);
            }
            result = result.or(BigInteger.valueOf(r).shiftLeft(32 * i));
            remaining -= 32;
        }
        return PyBigInt.normalize(result);
    }

    /** A random int in [0, n), CPython's {@code _randbelow_with_getrandbits}. */
    @TruffleBoundary
    public Object randbelow(Object n) {
        BigInteger bound = IntOps.big(n);
        if (bound.signum() == 0) {
            return 0L;
        }
        int k = bound.bitLength();
        while (true) {
            Object r = getrandbits(k);
            if (IntOps.big(r).compareTo(bound) < 0) {
                return r;
            }
        }
    }

    public Double takeGaussNext() {
        Double g = gaussNext;
        gaussNext = null;
        return g;
    }

    public void setGaussNext(double value) {
        gaussNext = value;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return type;
    }
}
