# sys.exit(0) ends the program successfully; later code does not run.
import sys
print('before exit')
for i in range(3):
    print('loop', i)
    if i == 1:
        sys.exit(0)
print('never printed')
