calls = []


def counter():
    calls.append(1)
    return len(calls)


it = iter(counter, 3)
print(next(it), next(it))
print(next(it, "done"), next(it, "done"), len(calls))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    next(iter(counter, 100))
    iter(1, 2)
    print(list(iter(5, 0)))
except TypeError:
    print("TypeError")
