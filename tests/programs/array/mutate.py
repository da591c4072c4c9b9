# array append, extend, item and slice assignment, +=
from array import array
a = array('i')
a.append(5)
a.extend([6, 7])
a.extend(array('i', [8]))
print(a)
a[0] = -5
print(a)
a[1:3] = array('i', [60, 61, 62])
print(a)
a += array('i', [9])
print(a, len(a))
b = a + array('i', [100])
print(b, a)
del a[0]
print(a)
