# Long strings of each storage kind (Latin-1, BMP beyond Latin-1, astral, lone surrogates):
# code point indices for len, find, count, index and slicing past the 64-char memo threshold.
kinds = {
    "latin1": "é" * 70 + "abc" + "ü" * 10,
    "bmp": "€" * 70 + "abc" + "ж" * 10,
    "astral": "😀" * 70 + "abc" + "🎉" * 10,
    "lone": "\ud800" * 70 + "abc" + "\udfff" * 10,
    "mixed": "a😀€\ud800" * 20 + "abc" + "x" * 10,
}
for name, s in kinds.items():
    print(name, len(s), s.find("abc"), s.rfind("abc"), s.count("abc"), s.index("b"))
    print(" ", s.find("abc", 10, 90), s.count(s[75], 71), [hex(ord(c)) for c in s[70:76]])
    print(" ", s[-1] == s[len(s) - 1], [hex(ord(c)) for c in s[::-1][:3]])
    print(" ", len(s * 3), (s * 3).count("abc"), (s + "zz").find("zz"))
    t = ""
    for i in range(60):
        t += s[i % len(s)]
    print(" ", len(t), t.find(s[5]), t.count(s[0]))
# hashes follow CPython's storage kinds (PYTHONHASHSEED=0): a lone surrogate is a 2-byte char
for s in ["\ud800", "a\udfffb", "\ud800a", "😀", "é", "€x"]:
    print(hash(s), sorted({s, s + "1", s + "2", "q"})[:2], [len(c) for c in s + s])
print(list({"\ud800", "x", "y", "z", "\udbff"}))
