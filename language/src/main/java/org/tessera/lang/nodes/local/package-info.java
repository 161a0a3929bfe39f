/**
 * Variables: locals in typed frame slots, cells of closures, and module globals read through
 * cached {@link org.tessera.lang.runtime.GlobalCell}s.
 */
package org.tessera.lang.nodes.local;
