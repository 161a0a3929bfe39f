# json.dumps/json.loads where Tessera's Java fast paths (_json) answer, and where they hand
# over to the Python code: the output and errors must be CPython's either way.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


doc = {"b": [1, 2.5, -0.0, 1e300, 10 ** 30, -(10 ** 19), True, False, None],
       "a": {"nested": [[], {}, [[]], ({"t": (1, 2)},)]},
       "s": "quote\" back\\ nl\n cr\r tab\t bs\b ff\f ctl\x01\x1f del\x7f caf\u00e9 \u03bb \U0001F600 \u2028"}
for kwargs in [{}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"indent": ""}, {"sort_keys": True},
               {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": 3, "sort_keys": True, "ensure_ascii": False}]:
    show("dumps %r" % sorted(kwargs.items()), lambda: json.dumps(doc, **kwargs))

# keys JSON turns into strings, skipped, sorted or refused
show("keys", lambda: json.dumps({1: "i", 2.5: "f", True: "t", None: "n", 10 ** 20: "big", "s": "s"}))
show("float keys", lambda: json.dumps({float("nan"): 1, float("inf"): 2, -float("inf"): 3}))
show("nan key refused", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key skipped", lambda: json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))
show("sorted mixed keys", lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True))
show("sorted int keys", lambda: json.dumps({3: 1, 2: 3, 10: 0}, sort_keys=True))
show("sorted code points", lambda: json.dumps({"\uffff": 1, "\U0001F600": 2, "z": 3}, sort_keys=True, ensure_ascii=False))

# values the fast path leaves to Python
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan refused", lambda: json.dumps([1, float("nan")], allow_nan=False))
show("nan refused indent", lambda: json.dumps([1, float("inf")], allow_nan=False, indent=1))
show("set", lambda: json.dumps({"x": {1, 2}}))
show("default", lambda: json.dumps({"x": {3}}, default=sorted))
cyclic = [1]
cyclic.append(cyclic)
show("cycle", lambda: json.dumps(cyclic))
cyclic_dict = {}
cyclic_dict["me"] = [cyclic_dict]
show("dict cycle", lambda: json.dumps(cyclic_dict, indent=1))
shared = [1, 2]
show("shared, not cyclic", lambda: json.dumps([shared, shared, {"k": shared}]))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        return "<%s>" % type(o).__name__


show("subclasses", lambda: json.dumps([MyList([1, 2]), MyDict(a=1), MyDict()]))
show("subclasses indent", lambda: json.dumps({"l": MyList([MyDict(b=[])])}, indent=1))
show("encoder subclass", lambda: json.dumps([1, {2}, object], cls=MyEncoder))
show("encoder default attr", lambda: json.JSONEncoder(default=repr).encode([1, {2}]))
deep = []
for _ in range(2000):
    deep = [deep]
show("deep", lambda: len(json.dumps(deep)))

# decoding
for text in ['{"a": [1, 2.5, -0, -0.0, 1e5, 1E+2, 2e-3, 12345678901234567890123, -9223372036854775809], "b": {}}',
             ' [ true , false , null , "x" ] ', '"\\ud83d\\ude00 \\u00e9 \\n \\/ \\"q\\""', '[NaN, Infinity, -Infinity]',
             '"\\ud800 lone"', '"\\udc00\\ud800"', '{"k": 1, "k": 2, "j": 3}', '1.', '01', '-', '[1,]', '{"a" 1}',
             '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"a\\x"', '"a\\u12"', '"\x01"', '\U0001F600 [1, x]',
             '["\U0001F600", 1, x]', '{"\U0001F600": [1, 2}', '1e', '1e+', '-Infinity1', 'nul', '', '  ', '[' * 3000 + ']' * 3000]:
    show("loads %r" % text[:40], lambda: json.loads(text))
show("strict=False", lambda: json.loads('"a\x01b\tc"', strict=False))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('["\U0001F600", 2] tail', 0))
show("raw_decode at", lambda: json.JSONDecoder().raw_decode('xx\U0001F600 {"a": 1} tail', 4))
show("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
show("parse_float", lambda: json.loads('[1.5, 2]', parse_float=str))
show("parse_int", lambda: json.loads('[1.5, 2]', parse_int=str))
show("parse_constant", lambda: json.loads('[NaN]', parse_constant=str))
show("pairs_hook", lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
value = json.loads(json.dumps(doc))
print(value == json.loads(json.dumps(doc, indent=1)), sorted(value))
