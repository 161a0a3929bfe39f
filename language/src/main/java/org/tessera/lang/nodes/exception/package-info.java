/** {@code try}/{@code except}/{@code finally}, {@code raise} and {@code assert}. */
package org.tessera.lang.nodes.exception;
