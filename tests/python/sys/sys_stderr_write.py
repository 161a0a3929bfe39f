# Output to stderr does not appear on stdout; the exit status stays 0.
import sys
print('stdout line 1')
sys.stderr.write('stderr line 1\n')
print('stdout line 2')
print('stderr via print', file=sys.stderr)
print('stdout line 3', file=sys.stdout)
print('last', 'stderr', 'line', sep='-', file=sys.stderr)
print('stdout line 4')
