package org.tessera.lang.parser.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: {@code defaults} belong to the last
 * positional parameters; {@code kwDefaults} has one entry per keyword-only parameter, null
 * where it has no default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg,
                List<Expr> defaults) {
}
