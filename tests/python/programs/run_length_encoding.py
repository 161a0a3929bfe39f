# Run-length encoding and decoding.
def encode(s):
    if not s:
        return ''
    out = ''
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = ch
            count = 1
    out += str(count) + prev
    return out
def decode(s):
    out = ''
    num = ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ''
    return out
samples = ['', 'a', 'aaaa', 'abc', 'aaabbbcccd', 'wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww',
           'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
           'ééé😀😀!', 'ab' * 10]
for s in samples:
    e = encode(s)
    d = decode(e)
    print(repr(s[:30]), repr(e), d == s, len(s), len(e))
def group_runs(xs):
    runs = []
    for x in xs:
        if runs and runs[-1][0] == x:
            runs[-1][1] += 1
        else:
            runs.append([x, 1])
    return runs
print(group_runs([1, 1, 2, 3, 3, 3, 1, 1]))
print(group_runs('mississippi'))
def look_and_say(s):
    out = ''
    for ch, n in group_runs(s):
        out += str(n) + ch
    return out
term = '1'
for i in range(12):
    print(i + 1, term)
    term = look_and_say(term)
print(len(term))
