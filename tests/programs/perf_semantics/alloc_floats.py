# Many short-lived boxed floats: the inline bump allocation of compiled loops
# must give every live box its own memory, keep values across collections,
# and keep `is` right for a box stored in several places.
import gc


class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def leapfrog(bodies, steps, dt):
    for _ in range(steps):
        for b in bodies:
            b.v = b.v - b.x * dt
            b.x = b.x + b.v * dt
    return sum(b.x for b in bodies)


bodies = [Body(float(i), 0.5 * i) for i in range(5)]
print("%.9f" % leapfrog(bodies, 1000, 0.01))


def boxes(n):
    out = [0.0] * n
    x = 0.0
    for i in range(n):
        x = x + 0.25
        out[i] = x
    return out


vals = boxes(4000)
print(vals[0], vals[1], vals[1999], vals[3999], sum(vals))
# Every live box is a distinct object.
print(len(set(id(v) for v in vals)) == len(vals))
gc.collect()
print(all(vals[i] == (i + 1) * 0.25 for i in range(len(vals))))

# One box stored twice stays one object; a new result is a new object.
x = 3.0
y = x * 2.0
z = y
print(y is z, y == 6.0)
w = y + 0.0
print(w == y)
lst = [y, y, y]
print(lst[0] is lst[2])


def churn(n):
    # Each iteration's boxes die at once; only the running total survives.
    total = 0.0
    for i in range(n):
        a = i * 0.5
        b = [a, a + 1.0]
        total += b[0] + b[1]
    return total


print(churn(20000))
# Garbage between survivors: every 7th float kept.
kept = []
for i in range(7000):
    f = i / 8.0
    if i % 7 == 0:
        kept.append(f)
gc.collect()
print(len(kept), kept[0], kept[1], kept[-1], sum(kept))
