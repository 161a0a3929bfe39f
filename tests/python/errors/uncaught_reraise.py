# Bare raise re-raises to the top level after the finally block runs.
try:
    try:
        {}['missing']
    except KeyError:
        print('logged the KeyError, re-raising')
        raise
finally:
    print('outer finally')
