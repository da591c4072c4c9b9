# gc.collect(), gc.mem_alloc() and gc.mem_free() agree with each other: live
# data shows in mem_alloc, freeing it and collecting gives the bytes back,
# and the heap's size (alloc + free) never shrinks.
import gc

gc.collect()
a0, f0 = gc.mem_alloc(), gc.mem_free()
print(a0 > 0, f0 > 0)
data = [bytes(1000) for _ in range(2000)]
a1, f1 = gc.mem_alloc(), gc.mem_free()
print(a1 - a0 >= 2000 * 1000, a1 + f1 >= a0 + f0)
data = None
gc.collect()
a2, f2 = gc.mem_alloc(), gc.mem_free()
print(a2 < a1 - 1000000, a2 + f2 >= a1 + f1, a2 + f2 == gc.mem_alloc() + gc.mem_free())
# The heap is reused: the same amount again does not grow it past twice.
data = [bytes(1000) for _ in range(2000)]
data = None
gc.collect()
a3, f3 = gc.mem_alloc(), gc.mem_free()
print(a3 < a1 - 1000000, a3 + f3 <= 2 * (a2 + f2))
# gc.disable() stops automatic collection; enable() and collect() resume it.
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(20000)]
junk = None
gc.enable()
gc.collect()
print(gc.isenabled(), gc.mem_alloc() < a1)
