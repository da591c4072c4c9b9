# memoryview of an array indexes by items
from array import array
a = array('h', [1, -2, 300])
m = memoryview(a)
print(len(m), m[0], m[1], m[2], m.itemsize)
m[1] = 7
print(a)
print(list(m[1:]))
print(memoryview(bytearray(3)).itemsize)
