package org.tessera.machine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void suffixesAreBinary() {
        assertEquals(4096, ByteSize.parse("4096"));
        assertEquals(32 * 1024, ByteSize.parse("32KiB"));
        assertEquals(32 * 1024, ByteSize.parse("32 kb"));
        assertEquals(32 * 1024, ByteSize.parse("32K"));
        assertEquals(1 << 20, ByteSize.parse("1M"));
        assertEquals(3L << 30, ByteSize.parse(" 3 GiB "));
        assertEquals(7, ByteSize.parse("7B"));
    }

    @Test
    void nonSizesAreMinusOne() {
        assertEquals(-1, ByteSize.parse("1.5M"));
        assertEquals(-1, ByteSize.parse("-4K"));
        assertEquals(-1, ByteSize.parse("4 TB"));
        assertEquals(-1, ByteSize.parse("K"));
        assertEquals(-1, ByteSize.parse("9999999999999999G"));
        assertEquals(-1, ByteSize.parse("9000000000G"));
    }

    @Test
    void formatPicksTheLargestExactUnit() {
        assertEquals("48 KiB", ByteSize.format(48 * 1024));
        assertEquals("1 MiB", ByteSize.format(1 << 20));
        assertEquals("2 GiB", ByteSize.format(2L << 30));
        assertEquals("1025 B", ByteSize.format(1025));
        assertEquals("100 B", ByteSize.format(100));
    }
}
