/**
 * Tests of what Tessera offers tools: its tags, allocation reports, interop view of the heap,
 * frame scopes and the {@code tiles} module, observed through a test instrument.
 */
package org.tessera.lang.tools;
