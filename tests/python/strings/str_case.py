# upper/lower/capitalize/title/swapcase.
words = ['hello', 'WORLD', 'hElLo WoRlD', "it's a dog's life", 'élan vital', '123abc', 'a1b2c3',
         '', 'hello-world_foo bar', "o'neil", 'ALL CAPS', 'x']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase())
