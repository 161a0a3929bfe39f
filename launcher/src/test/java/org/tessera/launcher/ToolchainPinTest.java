package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** mx.config (read by the scripts) and pom.xml (read by Maven) pin the same toolchain. */
class ToolchainPinTest {
    @Test
    void pomAgreesWithMxConfig() throws IOException {
        Path root = TestSupport.repositoryRoot();
        Map<String, String> config = mxConfig(root.resolve("mx.config"));
        String pom = Files.readString(root.resolve("pom.xml"));
        assertEquals(config.get("JDK_MAJOR"), property(pom, "java.release"));
        assertEquals(config.get("GRAALVM_VERSION"), property(pom, "graalvm.version"));
        assertEquals(config.get("TRUFFLE_DSL_VERSION"), property(pom, "truffle.dsl.version"));
        assertEquals(config.get("COMPILER_VERSION"), property(pom, "compiler.version"));
    }

    @Test
    void compilerMatchesTheRunningJdkUpdate() throws IOException {
        Map<String, String> config = mxConfig(TestSupport.repositoryRoot().resolve("mx.config"));
        Runtime.Version jdk = Runtime.version();
        assertEquals(config.get("JDK_MAJOR"), String.valueOf(jdk.feature()));
        assertEquals(config.get("COMPILER_VERSION"), jdk.feature() + "." + jdk.interim() + "." + jdk.update(),
                        "the Graal compiler must equal the JDK's update, else Truffle silently falls back to the interpreter");
    }

    static Map<String, String> mxConfig(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int eq = trimmed.indexOf('=');
                values.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        }
        return values;
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        if (!m.find()) {
            throw new AssertionError("pom.xml has no property " + name);
        }
        return m.group(1);
    }
}
