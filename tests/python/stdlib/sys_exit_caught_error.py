# sys.exit raises SystemExit (catchable; code for ints, strings, None); finally ends with exit status 2.
import sys

for arg in [(), (0,), (3,), ('message',), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print('SystemExit code=%r args=%r' % (e.code, e.args))
try:
    raise SystemExit(5)
except SystemExit as e:
    print('raised directly:', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print('not caught by except Exception')
except SystemExit:
    print('caught by except SystemExit')
try:
    sys.exit(2)
finally:
    print('finally runs before exit')
print('not reached')
