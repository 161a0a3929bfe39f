/**
 * Python exceptions: the exception object ({@link org.tessera.lang.runtime.exception.PyBaseException}),
 * the Truffle throwable that carries it ({@link org.tessera.lang.runtime.exception.PyException}),
 * the one factory every error goes through ({@link org.tessera.lang.runtime.exception.PyErrors}),
 * and CPython-style traceback printing.
 */
package org.tessera.lang.runtime.exception;
