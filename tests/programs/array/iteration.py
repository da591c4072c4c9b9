# arrays work with the iteration protocol and builtins
from array import array
a = array('i', [3, 1, 2])
print(list(enumerate(a)))
print(sorted(a), max(a), min(a), sum(a))
print([x * 2 for x in a])
it = iter(a)
print(next(it), next(it))
b = array('f', [0.5, 0.25])
print(b, sum(b))
c = array('i', a)
print(c)
