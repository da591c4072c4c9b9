# array.array construction, repr, indexing, len and iteration
from array import array
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1])
print(array('B'), array('f', [0.5, 1.5]), array('d', [0.25]))
print(array('b', [-1, 127]), array('h', (1, -1)), array('q', [2**40]))
print(list(array('H', range(4))))
for x in array('l', [10, 20]):
    print(x)
print(a[1:], a[::-1], type(a).__name__)
print(sum(array('I', [1, 2, 3])))
