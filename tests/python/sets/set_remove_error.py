# set.remove of a missing element raises KeyError with the element's repr.
s = {'apple', 'pear'}
s.remove('apple')
print(sorted(s))
s.discard('apple')
print('discard of a missing element is silent')
try:
    s.remove('fig')
except KeyError as e:
    print('KeyError:', e, e.args)
s.remove('apple')
