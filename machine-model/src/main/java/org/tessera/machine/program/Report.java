package org.tessera.machine.program;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.stats.JsonReport;
import org.tessera.machine.topology.Topology;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run's report in a directory:
 *
 * <ul>
 * <li>{@code summary.txt}: {@link Summary#format()};</li>
 * <li>{@code summary.json}: every figure of the summary, events by kind, and the options
 * (deterministic bytes: fixed field order, numbers through {@link Decimals}, no time of day);</li>
 * <li>{@code categories.csv}, {@code tiles.csv} (per tile: busy cycles, collections, memory,
 * accesses, messages), {@code collections.csv} (one row per collection);</li>
 * <li>{@code categories.png}, {@code tiles.png}, {@code collections.png};</li>
 * <li>{@code report.html}: one self-contained page with the figures, the tables and the PNGs embedded
 * as data URIs.</li>
 * </ul>
 */
public final class Report {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Report() {
    }

    public static void write(Summary s, ProgramModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.txt"), s.format(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), JsonReport.text(json(s, m)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("categories.csv"), categoriesCsv(s), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tiles.csv"), tilesCsv(m), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("collections.csv"), collectionsCsv(m), StandardCharsets.UTF_8);
        byte[] categories = png(ProgramCharts.categories(s));
        byte[] tiles = png(ProgramCharts.tiles(m));
        byte[] collections = png(ProgramCharts.collections(m));
        Files.write(dir.resolve("categories.png"), categories);
        Files.write(dir.resolve("tiles.png"), tiles);
        Files.write(dir.resolve("collections.png"), collections);
        Files.writeString(dir.resolve("report.html"), html(s, categories, tiles, collections), StandardCharsets.UTF_8);
        if (m.jit() != null) {
            m.jit().writeReport(dir);
        }
    }

    /** Writes {@code summary.json}'s document alone to {@code file}. */
    public static void writeStats(Summary s, ProgramModel m, Path file) throws IOException {
        Files.writeString(file, JsonReport.text(json(s, m)), StandardCharsets.UTF_8);
    }

    /** The document written to {@code summary.json}. */
    public static ObjectNode json(Summary s, ProgramModel m) {
        ObjectNode root = NODES.objectNode();
        root.put("tool", "tilemachine");
        ObjectNode machine = root.putObject("machine");
        machine.put("config", s.machine());
        machine.put("topology", s.topology());
        machine.put("tiles", s.tiles());
        machine.put("tiles_used", s.tilesUsed());
        machine.put("clock_mhz", Decimals.of(s.clockMhz()));
        ObjectNode options = root.putObject("options");
        options.put("costs", s.costs());
        options.put("placement", s.placement().spelling());
        options.put("execution", s.execution().spelling());
        options.put("gc", s.gc().spelling());
        options.put("seed", s.seed());
        root.put("total_cycles", s.totalCycles());
        root.put("micros", Decimals.of(s.micros()));
        ArrayNode categories = root.putArray("categories");
        Map<Category, BigDecimal> rounded = s.roundedPercents();
        for (Summary.CategoryCycles c : s.categories()) {
            ObjectNode row = categories.addObject();
            row.put("category", c.category().key());
            row.put("label", c.category().label());
            row.put("group", c.category().group().label());
            row.put("cycles", c.cycles());
            row.put("percent", Decimals.of(c.percent()));
            row.put("percent_rounded", rounded.get(c.category()));
            row.put("cpython_percent", Decimals.of(c.category().cpythonPercent()));
        }
        ObjectNode events = root.putObject("events");
        events.put("total", s.events());
        ObjectNode byEvent = events.putObject("by_event");
        long[] counts = m.eventCounts();
        for (Event e : Event.values()) {
            byEvent.put(e.key(), counts[e.ordinal()]);
        }
        ObjectNode objects = root.putObject("objects");
        objects.put("allocated", s.objects());
        objects.put("remote_allocations", s.remoteAllocations());
        objects.put("spills", s.spills());
        objects.put("no_room", s.overflowObjects());
        ObjectNode accesses = root.putObject("accesses");
        accesses.put("local", s.localAccesses());
        accesses.put("remote", s.remoteAccesses());
        accesses.put("remote_fraction", Decimals.of(s.remoteFraction()));
        accesses.put("to_collected_objects", s.staleAccesses());
        ObjectNode messages = root.putObject("messages");
        messages.put("sent", s.messages());
        messages.put("bytes", s.messageBytes());
        root.putObject("calls").put("migrations", s.migrations());
        ObjectNode parallel = root.putObject("parallel");
        parallel.put("regions", s.parallelRegions());
        parallel.put("tasks", s.tasks());
        parallel.put("cycles", m.regionCycles);
        ObjectNode gc = root.putObject("gc");
        gc.put("collections", s.gcCount());
        gc.put("pause_cycles", s.gcPauseCycles());
        gc.put("wait_cycles", s.gcWaitCycles());
        putCount(gc, "live_objects_after_last", s.liveObjectsAfterLastGc());
        putCount(gc, "live_bytes_after_last", s.liveBytesAfterLastGc());
        putCount(gc, "live_objects_at_exit", s.liveObjectsAtExit());
        NurseryStats n = s.nursery();
        if (n != null) {
            ObjectNode nursery = gc.putObject("nursery");
            nursery.put("bytes", n.nurseryBytes());
            nursery.put("minor_collections", n.minorCollections());
            nursery.put("major_collections", n.majorCollections());
            nursery.put("minor_pause_cycles", n.minorPauseCycles());
            nursery.put("major_pause_cycles", n.majorPauseCycles());
            nursery.put("promoted_objects", n.promotedObjects());
            nursery.put("promoted_bytes", n.promotedBytes());
            nursery.put("remembered_scanned", n.rememberedScanned());
            nursery.put("write_barriers", n.writeBarriers());
            nursery.put("pretenured_objects", n.pretenured());
        }
        ArrayNode tiles = root.putArray("busiest_tiles");
        for (Summary.TileLoad t : s.busiestTiles()) {
            ObjectNode row = tiles.addObject();
            row.put("tile", t.tile());
            row.put("label", t.label());
            row.put("busy_cycles", t.busyCycles());
            row.put("utilisation", Decimals.of(t.utilisation()));
        }
        ArrayNode links = root.putArray("busiest_links");
        for (Summary.LinkLoad l : s.busiestLinks()) {
            ObjectNode row = links.addObject();
            row.put("from", l.from());
            row.put("to", l.to());
            row.put("flits", l.flits());
            row.put("utilisation", Decimals.of(l.utilisation()));
        }
        if (m.smartCache() != null) {
            smartCacheJson(root.putObject("smart_cache"), m.smartCache());
        }
        if (s.circuits() != null) {
            root.set("circuits", s.circuits().json());
        }
        if (m.offload() != null) {
            root.set("offload", m.offload().json());
        }
        if (m.memory() != null) {
            m.memory().json(root.putObject("memory"));
        }
        return root;
    }

    private static void smartCacheJson(ObjectNode node, SmartCache cache) {
        node.put("entries_per_tile", cache.entries());
        node.put("hit_cost", Decimals.of(cache.hitCost()));
        node.put("snoops", cache.snoops());
        ArrayNode rows = node.putArray("categories");
        for (SmartCache.Counts c : cache.counts()) {
            ObjectNode row = rows.addObject();
            row.put("category", c.category().key());
            row.put("lookups", c.lookups());
            row.put("hits", c.hits());
            row.put("misses", c.misses());
            row.put("invalidations", c.invalidations());
            row.put("evictions", c.evictions());
            row.put("saved_cycles", c.savedCycles());
            row.put("hit_rate", Decimals.of(c.hitRate()));
        }
    }

    private static void putCount(ObjectNode node, String name, long value) {
        if (value < 0) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    static String categoriesCsv(Summary s) {
        StringBuilder csv = new StringBuilder("category,label,group,cycles,percent,cpython_percent\n");
        for (Summary.CategoryCycles c : s.categories()) {
            csv.append(c.category().key()).append(',').append(c.category().label()).append(',').append(c.category().group().label()).append(',')
                            .append(c.cycles()).append(',').append(Decimals.format(c.percent())).append(',')
                            .append(Decimals.format(c.category().cpythonPercent())).append('\n');
        }
        return csv.toString();
    }

    static String tilesCsv(ProgramModel m) {
        Topology topology = m.topology();
        TileHeaps heaps = m.heaps();
        Transport transport = m.transport();
        long total = Math.max(1, m.now());
        StringBuilder csv = new StringBuilder(
                        "tile,label,busy_cycles,utilisation,collections,gc_pause_cycles,objects_placed,used_bytes,peak_bytes,local_accesses,remote_accesses,requests_served,messages_sent\n");
        for (int t = 0; t < topology.tiles(); t++) {
            boolean used = t < heaps.collections.length;
            csv.append(t).append(",\"").append(topology.tileLabel(t)).append("\",").append(m.busyCycles[t]).append(',')
                            .append(Decimals.format((double) m.busyCycles[t] / total)).append(',').append(used ? heaps.collections[t] : 0).append(',')
                            .append(used ? heaps.pauseCycles[t] : 0).append(',').append(used ? heaps.allocations[t] : 0).append(',')
                            .append(heaps.usedBytes(t)).append(',').append(heaps.peakBytes(t)).append(',').append(m.localAccesses[t]).append(',')
                            .append(m.remoteAccesses[t]).append(',').append(transport.servedRequests[t]).append(',').append(transport.sentMessages[t])
                            .append('\n');
        }
        return csv.toString();
    }

    static String collectionsCsv(ProgramModel m) {
        GcLog log = m.heaps().log();
        Nursery nursery = m.heaps().nursery();
        StringBuilder csv = new StringBuilder("collection,tile,start_cycle,pause_cycles,duration_cycles,live_objects,live_bytes,freed_objects,freed_bytes")
                        .append(nursery == null ? "\n" : ",generation\n");
        for (int i = 0; i < log.size(); i++) {
            csv.append(i).append(',').append(log.tile(i)).append(',').append(log.start(i)).append(',').append(log.pause(i)).append(',')
                            .append(log.duration(i)).append(',').append(log.liveObjects(i)).append(',').append(log.liveBytes(i)).append(',')
                            .append(log.freedObjects(i)).append(',').append(log.freedBytes(i));
            if (nursery != null) {
                csv.append(',').append(nursery.isMinor(i) ? "minor" : "major");
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = chart.createBufferedImage(ProgramCharts.WIDTH, ProgramCharts.HEIGHT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static String html(Summary s, byte[] categories, byte[] tiles, byte[] collections) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>tilemachine: ").append(escape(s.machine()))
                        .append("</title>\n<style>\n")
                        .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}\n")
                        .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}\n")
                        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%;border:1px solid #eee;margin:.5em 0}\n")
                        .append("pre{background:#f6f6f6;padding:1em;overflow-x:auto}\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(s.machine())).append(" — ").append(String.format(Locale.ROOT, "%,d", s.totalCycles())).append(" cycles</h1>\n");
        h.append("<p>").append(escape(s.topology())).append(", ").append(s.tiles()).append(" tiles at ").append(Decimals.format(s.clockMhz()))
                        .append(" MHz; costs <b>").append(escape(s.costs())).append("</b>, placement <b>").append(s.placement().spelling())
                        .append("</b>, execution <b>").append(s.execution().spelling()).append("</b>, GC <b>").append(s.gc().spelling()).append("</b>.</p>\n");
        h.append("<h2>Where the cycles go</h2>\n<table>\n<tr><th>category</th><th>group</th><th>cycles</th><th>share</th><th>CPython (Ismail &amp; Suh)</th></tr>\n");
        Map<Category, BigDecimal> rounded = s.roundedPercents();
        for (Summary.CategoryCycles c : s.categories()) {
            h.append("<tr><td>").append(escape(c.category().label())).append("</td><td>").append(escape(c.category().group().label()))
                            .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%,d", c.cycles())).append("</td><td class=\"n\">")
                            .append(rounded.get(c.category()).toPlainString()).append("%</td><td class=\"n\">")
                            .append(Double.isNaN(c.category().cpythonPercent()) ? "—" : Decimals.format(c.category().cpythonPercent()) + "%")
                            .append("</td></tr>\n");
        }
        h.append("</table>\n");
        image(h, "category breakdown", categories);
        h.append("<h2>Tiles</h2>\n");
        image(h, "busy cycles per tile", tiles);
        h.append("<h2>Garbage collection</h2>\n");
        image(h, "collections over time", collections);
        h.append("<h2>Summary</h2>\n<pre>").append(escape(s.format())).append("</pre>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void image(StringBuilder h, String alt, byte[] png) {
        h.append("<img alt=\"").append(alt).append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
