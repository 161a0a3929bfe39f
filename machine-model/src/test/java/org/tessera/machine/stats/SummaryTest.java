package org.tessera.machine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.time.Cycles;

class SummaryTest {
    @Test
    void agreesWithTheStatisticsItSummarises() {
        SmallRuns.Run run = SmallRuns.run(SmallRuns.mesh(4), "uniform", 0.2, 3000, 3);
        Statistics stats = run.network().statistics();
        Summary s = run.point().summary();
        assertEquals(stats.acceptedThroughput(), s.accepted());
        assertEquals(stats.packetLatency().percentile(0.99), s.latencyP99());
        assertEquals(run.result().p99Latency(), s.latencyP99());
        assertEquals(stats.maxBufferedFlits(), s.bufferedFlitsMax());
        assertTrue(s.linkUtilisationMax() > 0 && s.linkUtilisationMax() <= 1);
        assertTrue(s.routerUtilisationMean() <= s.routerUtilisationMax());
        assertEquals(stats.injectedThroughput(), s.interfaceUtilisation(), 1e-12);
        Summary.Link busiest = s.busiestLink();
        assertNotNull(busiest);
        assertEquals(stats.linkFlits(busiest.router(), busiest.port()), busiest.flits());
        assertEquals(s.linkUtilisationMax(), (double) busiest.flits() / s.windowCycles());
    }

    @Test
    void oneMessageLoadsOnlyTheLinksOnItsRoute() {
        Engine engine = new Engine();
        Network network = Network.create(SmallRuns.mesh(4), engine);
        network.send(0, 3, 8, null, null);
        engine.runUntilIdle(Cycles.of(1000));
        Summary s = Summary.of(network.statistics(), new TopologyLabels(network.topology()));
        assertEquals("(0,0)", s.busiestLink().from());
        assertEquals("(1,0)", s.busiestLink().to());
        assertEquals(1, s.busiestLink().flits());
        assertEquals(1, s.packets());
    }

    @Test
    void aQuietNetworkHasNoBusiestLinkAndNoLatency() {
        Network network = Network.create(SmallRuns.mesh(2), new Engine());
        Summary s = Summary.of(network.statistics(), new TopologyLabels(network.topology()));
        assertNull(s.busiestLink());
        assertTrue(Double.isNaN(s.latencyMean()));
        assertTrue(s.latencyHistogram().isEmpty());
    }
}
