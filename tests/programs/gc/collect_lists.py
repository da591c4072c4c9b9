# many short-lived lists with collections in between; the live data survives
import gc

keep = []
for r in range(50):
    tmp = []
    for i in range(200):
        tmp.append([i, i * 2])
    keep.append(tmp[r])
    if r % 10 == 0:
        gc.collect()
gc.collect()
total = 0
for pair in keep:
    total += pair[0] + pair[1]
print(len(keep), total)
print(keep[0], keep[49])
