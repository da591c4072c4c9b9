# Slice assignment takes bytes-like objects or iterables of ints and may resize
a = bytearray(b'0123456789')
a[2:5] = [65, 66]
print(a)
a[0:0] = bytearray(b'xy')
print(a)
a[-2:] = memoryview(b'END')
print(a)
a[3:] = b''
print(a)
a[len(a):] = b'+'
print(a)
try:
    a[0:1] = 5
except TypeError:
    print('TypeError')
