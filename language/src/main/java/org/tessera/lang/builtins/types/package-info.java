/** Methods of the built-in types, one class per type (str split in two: transforms and searches). */
package org.tessera.lang.builtins.types;
