# sys.exit deep inside calls unwinds through finally blocks; SystemExit can be caught.
import sys
def inner(code):
    try:
        sys.exit(code)
    finally:
        print('inner finally', code)
try:
    inner(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code, e.args)
def outer():
    try:
        inner(7)
    finally:
        print('outer finally')
outer()
print('never printed')
