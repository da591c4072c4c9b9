# arrays expose their raw memory as a buffer
from array import array
a = array('H', [1, 0x0203])
print(bytes(a))
print(array('B', b'\x01\x02'))
print(array('h', b'\x01\x00\xff\xff'))
print(bytearray(array('b', [1, -1])))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) == array('i', [2]))
print(array('f', [1.5])[0], array('d', [2.5])[0])
