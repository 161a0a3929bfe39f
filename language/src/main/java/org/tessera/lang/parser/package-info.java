/**
 * Tokenizer and recursive-descent parser for Tessera's Python subset. Produces the
 * {@link org.tessera.lang.parser.ast} tree or a {@link org.tessera.lang.parser.ParseError} worded as
 * CPython 3.11's. Never imports Truffle: the translator is the only bridge to nodes.
 */
package org.tessera.lang.parser;
