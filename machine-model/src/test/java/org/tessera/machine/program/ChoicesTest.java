package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChoicesTest {
    @Test
    void valuesAreSpeltWithHyphensAndParsedForgivingly() {
        assertEquals(Placement.ROUND_ROBIN, Placement.parse("round-robin"));
        assertEquals(Placement.ROUND_ROBIN, Placement.parse("ROUND_ROBIN"));
        assertEquals(Placement.FIRST_TOUCH, Placement.parse(" first-touch "));
        assertEquals(Execution.MIGRATE_TO_DATA, Execution.parse("migrate-to-data"));
        assertEquals(GcMode.HARDWARE, GcMode.parse("Hardware"));
        for (Placement p : Placement.values()) {
            assertEquals(p, Placement.parse(p.spelling()));
        }
    }

    @Test
    void anUnknownValueListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Placement.parse("roundrobin"));
        assertEquals("unknown placement 'roundrobin'; valid values: local, round-robin, hash, first-touch, affinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GcMode.parse("both"));
        assertEquals("unknown GC mode 'both'; valid values: software, hardware", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Execution.parse(""));
        assertEquals("unknown execution ''; valid values: home, migrate-to-data", e.getMessage());
    }
}
