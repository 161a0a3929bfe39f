# Uncaught RuntimeError with a custom message.
state = 'init'
print('state', state)
state = 'broken'
print('state', state)
raise RuntimeError(f'unexpected state: {state!r}')
