# Helper for the circular import test: imports _circ_b halfway through its body.
print('  _circ_a: start')
A_EARLY = 'a-early'
import _circ_b
A_LATE = 'a-late'


def b_value():
    return _circ_b.B_VALUE


print('  _circ_a: end')
