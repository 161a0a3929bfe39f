/** {@code import} statements. */
package org.tessera.lang.nodes.module;
