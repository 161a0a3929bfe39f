# Building strings: boxes, banners, wrapped paragraphs, number words.
def box(lines):
    width = 0
    for l in lines:
        width = max(width, len(l))
    out = ['+' + '-' * (width + 2) + '+']
    for l in lines:
        out.append('| ' + l.ljust(width) + ' |')
    out.append(out[0])
    return '\n'.join(out)
print(box(['Tessera', 'a Python subset', 'on Truffle']))
def wrap(text, width):
    lines = []
    current = ''
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        elif current:
            current += ' ' + word
        else:
            current = word
    if current:
        lines.append(current)
    return lines
para = ('It is a truth universally acknowledged, that a single man in possession of a good '
        'fortune, must be in want of a wife.')
for w in [20, 35]:
    for line in wrap(para, w):
        print('|' + line.ljust(w) + '|')
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else '-' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + words(n % 100))
    for size, name in ((10**9, 'billion'), (10**6, 'million'), (1000, 'thousand')):
        if n >= size:
            rest = n % size
            return words(n // size) + ' ' + name + ('' if rest == 0 else (', ' if rest >= 100 else ' and ') + words(rest))
for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321, 2**31]:
    print(n, words(n))
letters = 0
for n in range(1, 1001):
    letters += len(words(n).replace(' ', '').replace('-', '').replace(',', ''))
print(letters)
banner = ''
for i, ch in enumerate('TESSERA'):
    banner += ch + ('' if i == 6 else ' ~ ')
print(banner.center(40, '='))
