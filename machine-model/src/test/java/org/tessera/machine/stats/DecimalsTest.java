package org.tessera.machine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void roundsToSixSignificantDigitsInPlainNotation() {
        assertEquals("0.1", Decimals.format(0.1));
        assertEquals("0.333333", Decimals.format(1.0 / 3));
        assertEquals("2", Decimals.format(2.0));
        assertEquals("0", Decimals.format(0.0));
        assertEquals("123457000", Decimals.format(123_456_789));
        assertEquals("0.000000001", Decimals.format(1e-9));
        assertEquals("-24.0757", Decimals.format(-24.07569));
    }

    @Test
    void aStatisticWithoutSamplesHasNoValue() {
        assertNull(Decimals.of(Double.NaN));
        assertNull(Decimals.of(Double.POSITIVE_INFINITY));
        assertEquals("", Decimals.format(Double.NaN));
    }
}
