# json.loads string escapes: \n \t \" \\ \/ \b \f \r, \u escapes incl. surrogate pairs, raw UTF-8.
import json

for text in [r'"a\nb"', r'"tab\there"', r'"quote\"inside"', r'"back\\slash"', r'"slash\/"',
             r'"\b\f\r"', r'"\u00e9"', r'"\u4e2d\u6587"', r'"\ud83d\ude00"', r'"\u0041\u0062"',
             '"caf\u00e9 direct"', '"emoji \U0001F600 direct"', r'"\ud800"', r'"\udc00x"', r'"\uD83D\uDE00"']:
    v = json.loads(text)
    print(text, '->', repr(v), len(v))
print(json.loads('["\\n", "\\\\n"]'))
print(json.loads(json.dumps('round \u00e9 \U0001F600 "q" \\ \n')) == 'round \u00e9 \U0001F600 "q" \\ \n')
