/**
 * Access to an object's memory from any tile. {@link org.tessera.machine.memory.RemoteMemory} turns a
 * read or write of an object homed on another tile into a request message, an SRAM access at the
 * home and a response message through the {@link org.tessera.machine.network.Network}; a local
 * access costs the SRAM access only. Each completed access is reported as a
 * {@link org.tessera.machine.memory.MemoryAccess}.
 */
package org.tessera.machine.memory;
