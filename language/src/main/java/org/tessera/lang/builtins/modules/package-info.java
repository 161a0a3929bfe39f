/** Built-in modules implemented in Java. */
package org.tessera.lang.builtins.modules;
