# Helper for the circular import test: imports the partially initialised _circ_a.
print('  _circ_b: start')
import _circ_a
B_VALUE = 'b sees ' + _circ_a.A_EARLY
B_SAW_LATE = hasattr(_circ_a, 'A_LATE')


def a_late():
    return _circ_a.A_LATE


print('  _circ_b: end, saw A_LATE:', B_SAW_LATE)
