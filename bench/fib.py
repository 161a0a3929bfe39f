"""Recursive Fibonacci: calls, integer arithmetic and comparisons."""
import harness


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench(n):
    return fib(n)


harness.main(bench, 30)
