/** Root nodes: Python functions and modules, built-in functions, and the program runner. */
package org.tessera.lang.nodes.root;
