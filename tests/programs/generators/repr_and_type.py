def gen():
    yield 1

g = gen()
r = repr(g)
print(r.startswith("<generator object 'gen' at "))
print(str(g) == r)
print(iter(g) is g)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
h = (x for x in [])
print(repr(h).startswith("<generator object '<genexpr>' at "))
