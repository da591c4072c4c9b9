import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("42"), json.loads("-0"), json.loads("3.25"), json.loads("1e3"), json.loads("-2.5E-1"))
print(json.loads(' "a\\"b\\\\c\\n\\u0041\\u00e9" '))
print(json.loads("[1, [2, [3, []]], {}]"))
d = json.loads('{"name": "krait", "tags": ["fast", "small"], "n": 3, "ok": true, "none": null}')
print(sorted(d.keys()), d["tags"], d["n"] + 1, d["ok"], d["none"])
print(json.loads("\n\t [ 1 ,2 ] \n"))
print(json.loads(b'{"b": 1}'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads(json.dumps({"x": [1.5, "y", None]})))
for bad in ["", "[1,", "{1: 2}", "tru", "[1 2]", '"abc', "01x", "1.", "{}x", "-", '"\\q"', "[,]"]:
    try:
        json.loads(bad)
        print("no error for", repr(bad))
    except ValueError as e:
        print("ValueError", e)
