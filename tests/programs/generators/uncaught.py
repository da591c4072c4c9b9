def gen():
    yield 1
    raise ValueError("missing")

for v in gen():
    print(v)
