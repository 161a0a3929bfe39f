/**
 * Calls. A call site evaluates its arguments, then a {@link org.tessera.lang.nodes.call.DispatchNode}
 * caches the callee's code with a {@code DirectCallNode} and an argument plan (so keywords and
 * defaults cost no name matching), up to the {@code CallCacheLimit} option, then goes generic.
 */
package org.tessera.lang.nodes.call;
