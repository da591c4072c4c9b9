# array slices, stepped slices and in
from array import array
a = array('h', range(8))
print(a[2:5], a[::3], a[::-2])
a[::2] = array('h', [9, 9, 9, 9])
print(a)
print(3 in a, 5 in a, 9 in a)
del a[1::2]
print(a)
print(array('i', [1, 2]) + array('i', [3]))
print(array('i', [1]) * 3)
