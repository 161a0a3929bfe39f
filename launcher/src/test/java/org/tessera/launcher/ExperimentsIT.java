package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./experiments/run NAME --size small}, for every study: it succeeds, its CSVs are
 * byte-identical when run again into another folder, every plot its finding shows is there, and
 * the finding has its parts (question, set-up, finding, limits).
 */
class ExperimentsIT {
    private static final Path ROOT = TestSupport.repositoryRoot();
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

    @TempDir
    Path temp;

    static List<String> studies() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("experiments/studies"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".py") && !f.startsWith("_")).map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
    }

    private static CommandLine.Result run(String study, Path out, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("experiments/run").toString(), study, "--size", "small", "--out", out.toString(), "--jobs", "2"));
        command.addAll(List.of(more));
        return CommandLine.tool(command);
    }

    private static List<String> files(Path out, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(f -> f.endsWith(suffix)).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("studies")
    void aStudyRunsAndIsByteIdenticalWhenRunAgain(String study) throws Exception {
        Path first = temp.resolve("first");
        CommandLine.Result r = run(study, first);
        assertEquals(0, r.status(), r.stderr());
        List<String> csvs = files(first, ".csv");
        assertFalse(csvs.isEmpty(), "no CSV from " + study);

        String finding = Files.readString(first.resolve(study + ".md"));
        for (String part : List.of("**Question.**", "**Set-up.**", "**Finding.**", "**Limits.**")) {
            assertTrue(finding.contains(part), study + ".md has no " + part);
        }
        Matcher m = IMAGE.matcher(finding);
        int images = 0;
        while (m.find()) {
            images++;
            Path png = first.resolve(m.group(1));
            assertTrue(Files.isRegularFile(png) && Files.size(png) > 5000, study + ".md shows " + m.group(1) + ", which is missing or empty");
        }
        assertTrue(images > 0, study + ".md shows no figure");

        Path second = temp.resolve("second");
        CommandLine.Result again = run(study, second);
        assertEquals(0, again.status(), again.stderr());
        assertEquals(csvs, files(second, ".csv"));
        for (String csv : csvs) {
            assertArrayEquals(Files.readAllBytes(first.resolve(csv)), Files.readAllBytes(second.resolve(csv)), study + ": " + csv + " differs between two runs");
        }
    }

    /** On a SLURM cluster (.ci/run starts one) a study's points run as a job array and give the same CSVs. */
    @Test
    void theSlurmExecutorGivesTheCsvsTheLocalOneGives() throws Exception {
        Assumptions.assumeTrue(JitSweepIT.slurm(), "no SLURM cluster answers (sinfo); .ci/run starts one");
        Path local = temp.resolve("local");
        assertEquals(0, run("topology", local).status());
        Path cluster = temp.resolve("cluster");
        CommandLine.Result r = run("topology", cluster, "--executor", "slurm", "--sbatch=--job-name=tessera-experiments-it");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stderr().contains("submitted job array"), r.stderr());
        for (String csv : files(local, ".csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(csv)), Files.readAllBytes(cluster.resolve(csv)), csv);
        }
    }

    @ParameterizedTest
    @MethodSource("studies")
    void theCommittedResultsHaveTheFindingAndItsFigures(String study) throws IOException {
        Path results = ROOT.resolve("experiments/results").resolve(study);
        String finding = Files.readString(results.resolve(study + ".md"));
        Matcher m = IMAGE.matcher(finding);
        while (m.find()) {
            assertTrue(Files.isRegularFile(results.resolve(m.group(1))), "experiments/results/" + study + "/" + study + ".md shows " + m.group(1) + ", which is not committed");
        }
        assertTrue(Files.readString(ROOT.resolve("experiments/README.md")).contains("results/" + study + "/"), "experiments/README.md does not present " + study);
    }
}
