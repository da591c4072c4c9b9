# A failed allocation raises MemoryError with MicroPython's message, which
# names the size of the request; the runtime builds it without the heap.
for n in (2**46, 2**47):
    try:
        b = bytes(n)
        print("allocated")
    except MemoryError as e:
        m = str(e)
        print(m.startswith("memory allocation failed, allocating "), m.endswith(" bytes"))
        print(int(m.split()[-2]) >= n, len(e.args), e.args[0] == m)
# The heap still works afterwards.
print(len(bytes(100)), [i * i for i in range(5)])
# A MemoryError raised by the program itself keeps its own args.
try:
    raise MemoryError("mine")
except MemoryError as e:
    print(e.args)
