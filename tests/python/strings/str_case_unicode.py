# Case mappings of non-ASCII text, including special (length-changing) mappings.
for w in ['élan', 'ÉCOLE', 'straße', 'ΣΊΣΥΦΟΣ', 'ǆemal', 'ﬁne', 'ǅ', 'groß', 'çà et là', 'привет мир']:
    print(w, w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), len(w.upper()))
print('ß'.upper(), len('ß'.upper()))
print('İ'.lower() == 'i\u0307', len('İ'.lower()))
print('ﬁ'.upper())
print('Ǆ'.lower(), 'ǆ'.title(), 'ǆ'.upper())
print('é'.isupper(), 'É'.isupper(), 'é'.islower())
