# json.dumps of strings: quotes, backslashes, control characters, non-ASCII and emoji escaping.
import json

samples = ['plain', 'with "quotes"', "single 'quotes'", 'back\\slash', 'slash /',
           'new\nline', 'tab\there', 'cr\rreturn', 'bell\x07', 'nul\x00', 'del\x7f', '\x1f',
           '\b\f', 'caf\u00e9', '\u4e2d\u6587', 'emoji \U0001F600', '\u2028\u2029', '\ud800', '\udc00\ud800']
for s in samples:
    print(json.dumps(s))
print('ensure_ascii=False:')
for s in ['caf\u00e9', '\u4e2d\u6587', 'emoji \U0001F600', 'tab\t', 'quote"', '\x00']:
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'caf\u00e9': 'na\u00efve'}))
print(json.dumps({'caf\u00e9': 'na\u00efve'}, ensure_ascii=False))
print(json.dumps(['\u00ff', '\u0100', '\uffff', '\U00010000', '\U0010ffff']))
print(len(json.dumps('\U0001F600')), json.dumps('\U0001F600') == '"\\ud83d\\ude00"')
