# Bare metal, the collector's mark stack is short (runtime/gc.cpp) to save
# static RAM: marking a list of more objects than it holds overflows it, and
# the rescan that follows must still keep every object alive.
import gc

wide = [[i, [i * 2]] for i in range(400)]
for _ in range(3):
    gc.collect()
    junk = [bytes(40) for _ in range(50)]
print(sum(x[0] + x[1][0] for x in wide))

# A failed allocation names its size, as MicroPython's message does.
try:
    big = bytes(100000)
except MemoryError as e:
    m = str(e)
    print(m.startswith("memory allocation failed, allocating "), int(m.split()[-2]) > 100000)
