/**
 * How tools see Tessera's heap through Truffle interop: the views that interop messages return
 * (member-name lists, read-only arrays, hash-entry and element iterators), the check that only
 * valid interop values leave the language, and the scope objects of frames and modules that
 * {@code NodeLibrary} and {@code TruffleLanguage.getScope} hand out. None of these objects is a
 * Python object: they are never reported as allocations and have no identity worth keeping.
 */
package org.tessera.lang.runtime.interop;
