# sys.stdout.write returns the number of characters written and adds no newline.
import sys
n = sys.stdout.write('hello')
sys.stdout.write(' world\n')
print(n)
m = sys.stdout.write('😀é\n')
print(m)
sys.stdout.write('')
sys.stdout.write('a\nb\n')
for i in range(5):
    sys.stdout.write(str(i))
sys.stdout.write('\n')
print('mixed', end=' ')
sys.stdout.write('with write\n')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
