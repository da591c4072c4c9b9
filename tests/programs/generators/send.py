def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def acc():
    total = 0
    while True:
        x = yield total
        total += x

a = acc()
print(a.send(None))
for i in range(1, 4):
    print(a.send(i))

try:
    acc().send(5)
except TypeError as e:
    print("TypeError:", e)
