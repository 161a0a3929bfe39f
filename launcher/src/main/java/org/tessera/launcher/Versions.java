package org.tessera.launcher;

/** The versions the launcher reports; kept equal to the language's by VersionsTest. */
final class Versions {
    static final String TESSERA = "0.1.0";
    static final String PYTHON = "3.11.7";

    private Versions() {
    }
}
