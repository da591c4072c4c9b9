from collections import OrderedDict

d = OrderedDict()
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d)
print(list(d.keys()), list(d.values()))
d.move_to_end("z")
print(list(d))
d.move_to_end("m", last=False)
print(list(d))
print(d.popitem(), d.popitem(last=False))
print(d, len(d), isinstance(d, dict))
e = OrderedDict([("b", 1), ("a", 2)])
print(e, e == {"a": 2, "b": 1})
print(OrderedDict())
e.clear()
try:
    e.popitem()
except KeyError:
    print("KeyError")
try:
    e.move_to_end("nope")
except KeyError:
    print("KeyError")
