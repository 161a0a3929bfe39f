package org.tessera.machine.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.stats.LoadSweep;
import org.tessera.machine.stats.SmallRuns;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;

class PlotTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Reads a PNG and checks its size and that it shows more than a blank page. */
    private static void assertPicture(Path file, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth(), file.toString());
        assertEquals(height, image.getHeight(), file.toString());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, file + " has only " + colours.size() + " colours");
    }

    @Test
    void latencyAndThroughputCurves() throws IOException {
        LoadSweep sweep = SmallRuns.sweep(SmallRuns.mesh(4), new double[]{0.1, 0.4, 0.8}, 2000, 1, null);
        assertTrue(sweep.points().get(2).saturated(), "0.8 flits/tile/cycle saturates a 4×4 mesh");
        LoadCharts.write(sweep, dir);
        assertPicture(dir.resolve("latency.png"), LoadCharts.WIDTH, LoadCharts.HEIGHT);
        assertPicture(dir.resolve("throughput.png"), LoadCharts.WIDTH, LoadCharts.HEIGHT);
    }

    @Test
    void linkLoadOnEveryKindOfTopology() throws IOException {
        String[] shapes = {"kind: mesh\n  dimensions: [4, 4]", "kind: torus\n  dimensions: [4, 4]", "kind: hypercube\n  dimension: 4",
            "kind: fat_tree\n  arity: 2\n  levels: 3", "kind: exchange\n  tiles: 12", "kind: mesh\n  dimensions: [3, 2, 2]"};
        for (int i = 0; i < shapes.length; i++) {
            MachineConfig machine = SmallRuns.machine("shape" + i, "topology:\n  " + shapes[i] + "\n");
            SmallRuns.Run run = SmallRuns.run(machine, "uniform", 0.2, 1500, 1);
            Path file = dir.resolve("links-" + i + ".png");
            LinkHeatmap.write(file, run.network().topology(), run.network().statistics(), "link load " + i);
            assertPicture(file, LinkHeatmap.WIDTH, LinkHeatmap.HEIGHT);
        }
    }

    @Test
    void largeMachinesBecomeACoarseGrid() throws IOException {
        Network network = Network.create(SmallRuns.mesh(64), new Engine());
        Topology topology = network.topology();
        assertEquals(LinkHeatmap.COARSE_ROUTERS, topology.routers());
        for (int t = 0; t < 64; t++) {
            network.send(t, 64 * 63 + t, 64, null, null);
        }
        network.engine().runUntilIdle(Cycles.of(10_000));
        assertInstanceOf(XYBlockRenderer.class, LinkHeatmap.chart(topology, network.statistics(), "coarse").getXYPlot().getRenderer());
        Path file = dir.resolve("coarse.png");
        LinkHeatmap.write(file, topology, network.statistics(), "coarse");
        assertPicture(file, LinkHeatmap.WIDTH, LinkHeatmap.HEIGHT);
    }
}
