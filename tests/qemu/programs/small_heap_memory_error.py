# A 16 KB heap: an allocation larger than the heap raises MemoryError, which
# the program can catch; growing a list until the heap is full raises it too,
# and once that list is garbage the memory is usable again.
import gc

try:
    big = [0] * 10000
    print("allocated", len(big))
except MemoryError:
    print("MemoryError for 10000 items")


def fill():
    # The list lives only in this frame, so nothing refers to it on return
    # (the collector scans the stack conservatively, from the live frames up).
    items = []
    try:
        while True:
            items.append([len(items)])
    except MemoryError:
        pass
    return len(items)


n = fill()
print("heap full after more than 100 items:", n > 100)
gc.collect()
again = [[i] for i in range(n // 2)]
print("after freeing:", len(again) == n // 2, again[-1][0] == n // 2 - 1)
