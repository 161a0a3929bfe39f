raise
raise E
raise E(msg)
raise E from cause
raise E from None
assert x
assert x, 'message'
assert (x, y)
