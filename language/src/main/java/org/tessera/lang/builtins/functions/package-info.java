/** The functions of Python's {@code builtins} module, grouped by what they work on. */
package org.tessera.lang.builtins.functions;
