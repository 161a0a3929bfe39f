/** Constants, f-strings, and the displays that build lists, tuples, dicts and slices. */
package org.tessera.lang.nodes.literal;
