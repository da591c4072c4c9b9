# Many eval/exec calls with collections in between: every value the
# evaluator holds must stay reachable for the collector.
import gc

total = 0
for i in range(300):
    total += eval("sum([x * %d for x in range(20)])" % i)
    if i % 50 == 0:
        gc.collect()
print(total)
exec("""
def build(n):
    out = []
    for i in range(n):
        out.append({"k": [i] * 3, "s": str(i) * 2})
        if i % 100 == 0:
            gc.collect()
    return out
""")
data = build(500)
gc.collect()
print(len(data), data[123], data[-1]["s"])
fns = [eval("lambda v: v + %d" % k) for k in range(50)]
gc.collect()
print(sum(f(1) for f in fns))
