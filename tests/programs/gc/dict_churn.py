# dicts that grow, shrink and are rebuilt many times
import gc

d = {}
for i in range(3000):
    d[i] = str(i)
    if i >= 100:
        del d[i - 100]
gc.collect()
print(len(d))
first = None
for k in d:
    first = k
    break
print(first, d[2999])
for rep in range(20):
    tmp = {}
    for j in range(100):
        tmp["k" + str(j)] = [j] * 3
    gc.collect()
print(len(tmp), tmp["k42"])
