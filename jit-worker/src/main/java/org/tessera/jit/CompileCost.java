package org.tessera.jit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a compilation costs, by tier, as a function of its size (AST nodes after inlining): a
 * straight line for its time, fitted on the real Graal compiler's compilations of the benchmark
 * suite ({@code jit-worker/calibration/calibrate} writes {@code fit.yaml}), and one for the size of
 * the code it makes. Time on the host becomes cycles at the host's clock: a tile's core is taken
 * to do a compilation in as many cycles as the host's did, times a scale ({@code --jit.CompileScale}).
 *
 * @param hostMhz   the clock of the machine the compile times were measured on
 * @param intercept per tier (index 1, 2): milliseconds of a compilation of no nodes
 * @param perNode   per tier: milliseconds per node
 * @param codeBase  per tier: bytes of code of a compilation of no nodes
 * @param codePerNode per tier: bytes of code per node
 */
public record CompileCost(double hostMhz, double[] intercept, double[] perNode, double[] codeBase, double[] codePerNode) {

    private static final String RESOURCE = "fit.yaml";

    /** The committed fit. */
    public static CompileCost load() {
        try (InputStream in = CompileCost.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jit-worker jar has no " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A fit from its YAML text; errors name {@code where} and the key. */
    static CompileCost parse(String text, String where) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<?, ?> top = map(root, where, "the document");
        double mhz = number(top.get("host_mhz"), where, "host_mhz");
        Map<?, ?> tiers = map(top.get("tiers"), where, "tiers");
        double[] a = new double[3];
        double[] b = new double[3];
        double[] c = new double[3];
        double[] d = new double[3];
        for (int t = 1; t <= 2; t++) {
            Map<?, ?> tier = map(tiers.get(t), where, "tiers." + t);
            Map<?, ?> time = map(tier.get("time_ms"), where, "tiers." + t + ".time_ms");
            Map<?, ?> code = map(tier.get("code_bytes"), where, "tiers." + t + ".code_bytes");
            a[t] = number(time.get("intercept"), where, "tiers." + t + ".time_ms.intercept");
            b[t] = number(time.get("per_node"), where, "tiers." + t + ".time_ms.per_node");
            c[t] = number(code.get("intercept"), where, "tiers." + t + ".code_bytes.intercept");
            d[t] = number(code.get("per_node"), where, "tiers." + t + ".code_bytes.per_node");
        }
        return new CompileCost(mhz, a, b, c, d);
    }

    private static Map<?, ?> map(Object o, String where, String key) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalStateException(where + ": " + key + " must be a mapping");
    }

    private static double number(Object o, String where, String key) {
        if (o instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalStateException(where + ": " + key + " must be a number, got " + o);
    }

    /** Milliseconds the host's compiler takes for {@code nodes} at {@code tier}: never below a tenth of a millisecond. */
    public double millis(int tier, int nodes) {
        return Math.max(0.1, intercept[tier] + perNode[tier] * nodes);
    }

    /** Cycles of a tile's core for the compilation, {@code scale} times the host's. */
    public long cycles(int tier, int nodes, double scale) {
        return Math.max(1, Math.round(millis(tier, nodes) * hostMhz * 1000 * scale));
    }

    /** Bytes of the compiled code. */
    public long codeBytes(int tier, int nodes) {
        return Math.max(64, Math.round(codeBase[tier] + codePerNode[tier] * nodes));
    }
}
