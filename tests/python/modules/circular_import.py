# Circular imports: _circ_a imports _circ_b, which imports the partly initialised _circ_a.
import _circ_a
print(_circ_a.A_EARLY, _circ_a.A_LATE)
print(_circ_a.b_value())
import _circ_b
print(_circ_b.B_VALUE, _circ_b.B_SAW_LATE, _circ_b.a_late())
print(_circ_b._circ_a is _circ_a, _circ_a._circ_b is _circ_b)
