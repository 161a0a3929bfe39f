package org.tessera.lang.parser.ast;

/** {@code and} / {@code or}, as CPython's {@code ast.boolop}. */
public enum BoolOperator {
    And, Or
}
