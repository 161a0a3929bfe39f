# sys.exit() without argument exits with status 0; finally blocks still run.
import sys
try:
    print('in try')
    sys.exit()
finally:
    print('finally runs during exit')
print('never printed')
