"""JSON round trips: json.dumps (plain, indent, sort_keys) and json.loads of nested dicts, lists, strings and numbers."""
import harness
import json

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "quote\"d", "back\\slash", "tab\there", "new\nline", "caf\u00e9", "na\u00efve", "\u03bb-calc"]


def make_record(i):
    return {
        "id": i,
        "name": WORDS[i % len(WORDS)] + "-" + str(i),
        "active": i % 3 == 0,
        "score": i * 0.25 - 7.5,
        "ratio": (i % 97) / 8,
        "parent": None if i % 5 == 0 else i // 2,
        "tags": [WORDS[(i + k) % len(WORDS)] for k in range(i % 4)],
        "position": {"x": i % 17, "y": -(i % 23), "z": [i, i * i, -i * 1000003]},
        "history": [{"step": k, "value": k * i % 11, "ok": k % 2 == 0} for k in range(i % 3 + 1)],
    }


def make_document(n):
    return {
        "version": 3,
        "title": "benchmark \u2014 document",
        "records": [make_record(i) for i in range(n)],
        "index": {"r%d" % i: i for i in range(0, n, 7)},
        "empty": {"list": [], "dict": {}, "string": ""},
    }


def walk(value):
    """A deterministic digest of a decoded document (sum over ints, lengths of strings, counts)."""
    if isinstance(value, dict):
        acc = len(value)
        for k, v in value.items():
            acc += len(k) + walk(v)
        return acc
    if isinstance(value, list):
        acc = 1
        for v in value:
            acc = acc * 3 % 1000000007 + walk(v)
        return acc
    if isinstance(value, str):
        return len(value) * 7
    if value is None or isinstance(value, bool):
        return 5 if value else 2
    if isinstance(value, int):
        return value % 1009
    return int(value * 8) % 1009


def bench(n):
    doc = make_document(n)
    total = 0
    for _ in range(10):
        text = json.dumps(doc)
        back = json.loads(text)
        if back != doc:
            raise AssertionError("plain round trip differs")
        total += len(text)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    again = json.loads(pretty)
    if again != doc:
        raise AssertionError("pretty round trip differs")
    compact = json.dumps(again["records"][:3], sort_keys=True)
    small = json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {"c": {}}}')
    return "%d %d %d %d %d %d" % (total, len(pretty), pretty.count("\n"), walk(again), len(compact),
                                  walk(small))


harness.main(bench, 5000)
