package org.tessera.lang.parser.ast;

/** Anything with a place in the source: character offsets, start inclusive, end exclusive. */
public interface Node {
    int start();

    int end();
}
