/**
 * The {@code tessera} command. It knows the language only through the polyglot API: it builds a
 * context, evaluates the internal {@code <tessera-main>} source to get the program runner and
 * calls it; GraalVM's launcher framework handles the polyglot options and help.
 */
package org.tessera.launcher;
