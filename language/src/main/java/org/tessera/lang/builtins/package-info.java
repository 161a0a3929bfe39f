/**
 * Built-in functions, methods of built-in types and built-in modules, written as Truffle DSL
 * nodes. Each is declared once, by a {@link org.tessera.lang.builtins.Builtin} annotation on its
 * node class; {@link org.tessera.lang.builtins.BuiltinRegistry} finds them through the generated
 * node factories and installs them lazily. Sub-packages: {@code functions} (the builtins module),
 * {@code types} (one class per built-in type), {@code modules} (sys and friends).
 */
package org.tessera.lang.builtins;
