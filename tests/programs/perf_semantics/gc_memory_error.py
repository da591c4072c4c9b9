# An allocation no heap can satisfy raises MemoryError (not a crash, not a
# collection loop), the program catches it, and the heap keeps working:
# big and small allocations after it succeed and earlier objects are intact.
import gc

kept = [i * 1.5 for i in range(1000)]
for attempt in range(3):
    try:
        b = bytearray(1 << 52)
        print("allocated")
    except MemoryError:
        print("MemoryError", attempt)
try:
    x = [0] * (1 << 56)
    print("allocated")
except MemoryError:
    print("MemoryError list")
gc.collect()
after = [bytes(1000) for _ in range(100)]
print(len(after), sum(len(a) for a in after), kept[999], sum(kept) == 1.5 * 999 * 1000 / 2)
