package org.tessera.lang.parser.ast;

/** {@code name as asname} in an import; asname may be null. */
public record Alias(String name, String asname, int start, int end) implements Node {
}
