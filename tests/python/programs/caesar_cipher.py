# Caesar and Vigenere ciphers with frequency-based cracking.
def shift_char(ch, k):
    if 'a' <= ch <= 'z':
        return chr((ord(ch) - ord('a') + k) % 26 + ord('a'))
    if 'A' <= ch <= 'Z':
        return chr((ord(ch) - ord('A') + k) % 26 + ord('A'))
    return ch
def caesar(text, k):
    out = ''
    for ch in text:
        out += shift_char(ch, k)
    return out
def vigenere(text, key, decrypt=False):
    out = ''
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - ord('a')
            out += shift_char(ch, -k if decrypt else k)
            i += 1
        else:
            out += ch
    return out
plain = 'The Quick Brown Fox Jumps Over The Lazy Dog, and then it rests at the edge of the forest.'
for k in [0, 1, 3, 13, 25, 26, -1, 100]:
    enc = caesar(plain, k)
    print(k, enc[:40], caesar(enc, -k) == plain)
print(caesar(caesar(plain, 13), 13) == plain)
ENGLISH = 'etaoinshrdlcumwfgypbvkjxqz'
def score(text):
    counts = {}
    for ch in text.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    s = 0
    for ch, n in counts.items():
        s += n * (26 - ENGLISH.index(ch))
    return s
secret = caesar(plain, 17)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print('cracked key', best, caesar(secret, -best)[:30])
v = vigenere(plain, 'LEMON')
print(v)
print(vigenere(v, 'LEMON', decrypt=True) == plain)
