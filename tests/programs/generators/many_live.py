import gc

def numbers(prefix, n):
    data = [prefix + str(i) for i in range(n)]
    for s in data:
        yield s

gens = [numbers("g%d-" % i, 3) for i in range(50)]
firsts = [next(g) for g in gens]
gc.collect()
junk = [[i] * 10 for i in range(2000)]
gc.collect()
rest = [list(g) for g in gens]
print(firsts[0], firsts[49])
print(rest[0], rest[49])
print(sum(len(r) for r in rest))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
vals = [next(f) for _ in range(100)]
print(vals[10], vals[99])
