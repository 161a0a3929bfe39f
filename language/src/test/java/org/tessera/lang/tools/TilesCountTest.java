package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** tiles.count() is the tile machine instrument's answer when it gives one, else 1. */
class TilesCountTest {
    @Test
    void oneTileWithoutAMachine() {
        try (Harness h = new Harness()) {
            assertEquals(1, h.run("import tiles\ntiles.count()").asInt());
        }
    }

    @Test
    void theMachinesTileCount() {
        try (Harness h = new Harness("tilemachine.Tiles", "64")) {
            assertEquals(64, h.run("import tiles\ntiles.count()").asInt());
            assertEquals(64, h.run("tiles.map(lambda x: tiles.count(), [0])[0]").asInt());
        }
    }
}
