# printf-style float formatting in detail.
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 3.14159265, 1234567.891, 1e-7, 1e22, 123.456, 0.1 + 0.2]
for v in vals:
    print('%f|%.0f|%.1f|%.3f|%e|%.2e|%E|%g|%.3g|%G|%10.3f|%-10.2f|%+.2f|%010.4f|' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v))
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%d %d' % (1e10, -2.7))
print('%s %r' % (0.1, 0.1))
print('%s %s' % (1e16, 1e-5))
print('%.15g %.17g' % (0.1, 0.1))
print('%5.1f%%' % 99.44)
print('%x' % 255, '%o' % 64, '%X' % 48879)
print('%5x|%-5x|%05x' % (255, 255, 255))
