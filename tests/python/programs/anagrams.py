# Grouping anagrams and palindromes with dicts and sorted keys.
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog', 'god',
         'odg', 'racecar', 'level', 'python', 'typhon', 'stone', 'tones', 'notes', 'onset', 'x']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, members in groups.items():
    print(key, members)
multi = []
for members in groups.values():
    if len(members) > 1:
        multi.append(members)
print(len(multi), max(multi, key=len))
def is_palindrome(s):
    cleaned = ''
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]
for s in ['racecar', 'level', 'A man, a plan, a canal: Panama!', 'hello', '', 'No lemon, no melon', 'ab']:
    print(repr(s), is_palindrome(s))
def longest_palindrome(s):
    best = ''
    for center in range(2 * len(s) - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
for s in ['babad', 'cbbd', 'forgeeksskeegfor', 'abacdfgdcaba', 'a', 'abcde']:
    print(s, longest_palindrome(s))
