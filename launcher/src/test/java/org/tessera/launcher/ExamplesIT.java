package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program in examples/ runs under ./tessera and prints what CPython printed (examples/NAME.out). */
class ExamplesIT {
    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        Path examples = TestSupport.repositoryRoot().resolve("examples");
        try (Stream<Path> files = Files.list(examples)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                CommandLine.Result r = CommandLine.tessera(examples, null, p.getFileName().toString());
                assertEquals(0, r.status(), r.stderr());
                assertEquals(Files.readString(examples.resolve(p.getFileName().toString().replace(".py", ".out"))), r.stdout());
            }));
        }
    }
}
