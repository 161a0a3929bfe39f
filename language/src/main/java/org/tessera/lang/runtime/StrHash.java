package org.tessera.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython 3.11's hash of a str: SipHash-1-3 over the string's compact representation (one,
 * two or four bytes per code point), with the all-zero key CPython uses when
 * {@code PYTHONHASHSEED=0}. Tessera's string hashes are therefore deterministic, and sets of
 * strings iterate in the same order as under {@code PYTHONHASHSEED=0 python3}.
 */
public final class StrHash {
    private StrHash() {
    }

    @TruffleBoundary
    public static long hash(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int max = 0;
        // a lone surrogate is one code point below U+10000, as in CPython's 2-byte kind
        boolean supplementary = s.codePointCount(0, s.length()) != s.length();
        for (int i = 0; i < s.length(); i++) {
            max = Math.max(max, s.charAt(i));
        }
        int width = supplementary ? 4 : (max < 256 ? 1 : 2);
        byte[] data;
        if (width == 4) {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                for (int b = 0; b < 4; b++) {
                    data[i * 4 + b] = (byte) (cps[i] >>> (8 * b));
                }
            }
        } else {
            data = new byte[s.length() * width];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                data[i * width] = (byte) c;
                if (width == 2) {
                    data[i * 2 + 1] = (byte) (c >>> 8);
                }
            }
        }
        long h = sipHash13(data);
        return h == -1 ? -2 : h;
    }

    /** CPython's hash of a bytes object: the same SipHash over its octets, 0 when empty. */
    @TruffleBoundary
    public static long hash(byte[] data) {
        if (data.length == 0) {
            return 0;
        }
        long h = sipHash13(data);
        return h == -1 ? -2 : h;
    }

    static long sipHash13(byte[] data) {
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int n = data.length;
        int i = 0;
        for (; n - i >= 8; i += 8) {
            long m = littleEndian(data, i, 8);
            v3 ^= m;
            long[] v = round(v0, v1, v2, v3);
            v0 = v[0] ^ m;
            v1 = v[1];
            v2 = v[2];
            v3 = v[3];
        }
        long b = ((long) n << 56) | littleEndian(data, i, n - i);
        v3 ^= b;
        long[] v = round(v0, v1, v2, v3);
        v0 = v[0] ^ b;
        v1 = v[1];
        v2 = v[2] ^ 0xff;
        v3 = v[3];
        for (int r = 0; r < 3; r++) {
            v = round(v0, v1, v2, v3);
            v0 = v[0];
            v1 = v[1];
            v2 = v[2];
            v3 = v[3];
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static long littleEndian(byte[] data, int from, int count) {
        long value = 0;
        for (int k = 0; k < count; k++) {
            value |= (data[from + k] & 0xffL) << (8 * k);
        }
        return value;
    }

    private static long[] round(long a0, long a1, long a2, long a3) {
        long v0 = a0;
        long v1 = a1;
        long v2 = a2;
        long v3 = a3;
        v0 += v1;
        v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        return new long[]{v0, v1, v2, v3};
    }
}
