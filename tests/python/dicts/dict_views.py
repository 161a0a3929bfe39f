# keys(), values(), items() views and iteration.
d = {'one': 1, 'two': 2, 'three': 3}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d['four'] = 4
print(list(ks))
print(len(ks), 'two' in ks, 2 in d.values(), ('one', 1) in d.items())
for k, v in d.items():
    print(k, '=', v)
total = 0
for v in d.values():
    total += v
print(total)
print(sorted(d.keys()), sorted(d.values(), reverse=True))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(max(d, key=lambda k: d[k]), min(d.values()))
e = {}
print(e.keys(), e.values(), e.items())
print(list(zip(d.keys(), d.values())) == list(d.items()))
