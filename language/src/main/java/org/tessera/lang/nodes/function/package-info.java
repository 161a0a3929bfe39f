/** Creating function objects from {@code def} and {@code lambda}. */
package org.tessera.lang.nodes.function;
