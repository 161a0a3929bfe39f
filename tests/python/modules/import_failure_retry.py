# A module whose body raises is not cached: importing again runs its body again.
import _mod_state
for attempt in range(1, 4):
    try:
        import _mod_raises
        print('attempt', attempt, 'succeeded:', _mod_raises.AFTER)
        break
    except ValueError as e:
        print('attempt', attempt, 'failed:', e)
        print('  module name bound after failure:', '_mod_raises' in globals())
import _mod_raises
print(_mod_raises.BEFORE, _mod_state.version)
