import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(42), json.dumps(-7), json.dumps(2.5), json.dumps(10**20))
print(json.dumps("hi"), json.dumps('say "x"\n\t\\'), json.dumps("\x01"))
print(json.dumps([1, "a", None, [2, 3], []]))
print(json.dumps((1, 2)))
print(json.dumps({"a": 1, "b": [True, False], "c": {}}))
print(json.dumps({1: "x", 2.5: "y", None: 0, False: 1}))
print(json.dumps({"a": [1, 2], "b": {"c": None}}, separators=(",", ":")))
print(json.dumps("caf\u00e9"))
try:
    json.dumps({"s": {1, 2}})
except TypeError:
    print("TypeError")
try:
    json.dumps({(1, 2): 3})
except TypeError:
    print("TypeError")
