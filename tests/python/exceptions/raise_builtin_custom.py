# Raising builtin exceptions with custom messages.
def validate(age):
    if type(age) is not int:
        raise TypeError('age must be an int, not ' + type(age).__name__)
    if age < 0:
        raise ValueError('age must be non-negative', age)
    if age > 150:
        raise OverflowError(f'age {age} is unrealistic')
    return age
for a in [30, -1, 'x', 200, 3.5]:
    try:
        print('valid', validate(a))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, '|', e, '|', e.args)
try:
    raise Exception('plain exception')
except Exception as e:
    print(repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), e.args)
try:
    raise LookupError('custom lookup')
except LookupError as e:
    print(e)
err = KeyError('stored')
try:
    raise err
except KeyError as e:
    print(e is err)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
