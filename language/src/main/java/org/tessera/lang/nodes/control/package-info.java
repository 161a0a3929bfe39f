/**
 * Statements that steer execution: blocks, {@code if}, loops (as Truffle {@code LoopNode}s so
 * on-stack replacement works), and {@code break}/{@code continue}/{@code return} as
 * control-flow exceptions that compiled code turns into jumps.
 */
package org.tessera.lang.nodes.control;
