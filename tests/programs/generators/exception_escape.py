def bad():
    yield 1
    raise ValueError("broken")

g = bad()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(list(g))

def worse():
    yield 1
    1 // 0

for x in worse():
    print(x)
