/** Attribute and item access ({@code x.a}, {@code x[i]}), assignment targets and unpacking. */
package org.tessera.lang.nodes.access;
