# Float format specs: fixed, exponent, general, percent.
vals = [0.0, 1.0, -1.5, 3.14159265, 2.5, 1234567.891, 0.000123456, 1e20, 1e-10, 100.0, 0.5, 1.005]
for v in vals:
    print(f'{v:.3f}|{v:.0f}|{v:e}|{v:.2e}|{v:g}|{v:.3g}|{v:%}|{v:.1%}|{v:,.2f}|{v:08.2f}|{v:+.1f}|{v:10.4f}|')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}')
print(f'{1e16:g} {1e15:g} {123456789.0:g} {0.0001:g} {0.00001:g}')
print(f'{float("inf"):f} {float("-inf"):.2f} {float("nan"):e} {float("inf"):g}')
print(f'{-0.0:.1f} {-0.0:g}')
print(f'{12:.2f} {12:e} {12:%}')
print(f'{1/3:.15f}')
print(f'{2/3:.20f}')
print(f'{1234.5:>12,.2f}|')
print(f'{0.5:^10.1%}|')
print(f'{123.456:E} {0.00001234:G}')
print(f'{9.999:.2f} {9.995:.2f} {-9.995:.2f}')
print(f'{3.0}|{3.0:}|{3.0:10}|')
print(f'{1e100:.3e}')
print(f'{12345.6789:.0e}')
