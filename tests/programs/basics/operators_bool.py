# and / or return one of their operands; short circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default")
print(None and 1, [] or {})
print(0 or 0.0 or "" or None)
print(1 and 2 and 3, 1 and 0 and 3)
print(not 1 or 2, not (1 or 2))

calls = []
def mark(v):
    calls.append(v)
    return v

r = mark(0) and mark(1)
print(r, calls)
r = mark(5) or mark(6)
print(r, calls)
r = mark(0) or mark(7)
print(r, calls)
