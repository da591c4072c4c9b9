# equal keys of different types share one entry
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
print(d[False], d[0.0])
e = {"a": 1}
e["a"] = 2
e["a" + ""] = 3
print(e)
big = {2 ** 70: "big"}
print(big[2 ** 70], (2 ** 70) in big, 2 ** 70 + 1 in big)
