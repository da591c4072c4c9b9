# Item sizes of each typecode show in the buffer length
from array import array
for code in 'bBhHiIqQfd':
    a = array(code, [1, 2])
    print(code, len(bytes(a)), a[1])
print(array('d', [1, 2]))
