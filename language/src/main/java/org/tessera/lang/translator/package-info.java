/**
 * The bridge from the parser's AST to Truffle nodes: scope analysis (which names are local,
 * cells, free or global, as CPython's symtable decides), translation of each scope into a root
 * node, and loading of modules. The only package that knows both the AST and the nodes.
 */
package org.tessera.lang.translator;
