/**
 * The Truffle AST that Tessera programs run as. Sub-packages group nodes by role: literals and
 * displays, local/global variables, arithmetic, comparisons, control flow, calls, functions,
 * attribute and item access, exceptions, and root nodes.
 */
package org.tessera.lang.nodes;
