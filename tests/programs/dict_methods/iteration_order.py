def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {}
for ch in "zebra":
    d[ch] = ord(ch)
print(list(d))
d["z"] = 0
print(list(d.items()))
del d["e"]
d["e"] = 1
print(list(d.keys()))
