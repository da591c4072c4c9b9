# array equality compares items
from array import array
print(array('i', [1, 2]) == array('i', [1, 2]))
print(array('i', [1, 2]) != array('i', [1, 3]))
print(array('b', [1]) == array('b', [1, 2]))
print(array('B', b'ab') == b'ab')
print(array('h', [1, 2]) < array('h', [1, 3]))
