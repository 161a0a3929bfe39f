/**
 * The abstract syntax tree of a Tessera program. It mirrors CPython's {@code ast} module
 * (node and field names, field order), so that {@link org.tessera.lang.parser.ast.AstDump} output
 * can be compared with {@code ast.dump()} of CPython 3.11 for golden tests. Every node carries
 * the character offsets {@code start} (inclusive) and {@code end} (exclusive) of its text in the
 * source; the translator turns them into Truffle source sections. No Truffle imports here.
 */
package org.tessera.lang.parser.ast;
