# Objects reachable only from a suspended generator's frame, a closure cell
# or a dict value survive collections driven by lots of garbage.
import gc


def churn(n):
    # Garbage of mixed sizes, enough for several collections.
    keep = 0
    for i in range(n):
        x = [i, str(i), i * 0.25, (i, i + 1)]
        keep += len(x)
    return keep


def gen():
    data = [str(i) * 3 for i in range(200)]
    total = {"n": 12345678901234567890 * 3}
    yield len(data)
    yield data[199], total["n"]
    yield sum(len(s) for s in data)


def make_counter():
    history = [1.5, 2.5]
    big = 2**200 + 1

    def step():
        history.append(history[-1] + 1)
        return len(history), history[-1], big % 1000

    return step


g = gen()
print(next(g))
step = make_counter()
print(step())
holder = {"k": [bytes(range(i % 256)) for i in range(300)]}
churn(30000)
gc.collect()
print(next(g))
print(step())
churn(30000)
print(next(g))
print(step())
print(sum(len(b) for b in holder["k"]), holder["k"][255][-1])
gc.collect()
print(step())
