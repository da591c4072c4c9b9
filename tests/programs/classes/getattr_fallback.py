class Dyn:
    real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)


d = Dyn()
d.y = 3
print(d.real, d.y, d.xa, d.xyz)
print(getattr(d, "xb"), hasattr(d, "xq"), hasattr(d, "nope"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
