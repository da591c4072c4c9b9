# With a 16 KB heap the program allocates far more than 16 KB in total: the
# collector reclaims the garbage, the live data survives.
import gc

total = gc.mem_free() + gc.mem_alloc()
print("heap at most 16K:", total <= 16 * 1024, "at least 8K:", total >= 8 * 1024)
keep = []
allocated = 0
for r in range(400):
    tmp = [[i, str(i)] for i in range(20)]
    allocated += 20
    if r % 40 == 0:
        keep.append(tmp[r % 19])
print("rows allocated:", allocated)
print("kept:", keep)
gc.collect()
s = 0
for k in keep:
    s += k[0] + int(k[1])
print("sum:", s)
print("still fits:", gc.mem_alloc() < total)
