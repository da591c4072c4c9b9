# bytearray item and slice deletion, stepped slices
a = bytearray(b'0123456789')
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = bytearray(b'abcdef')
b[::2] = b'XYZ'
print(b)
print(b[1::2], b[::-2])
try:
    b[::2] = b'toolong'
except ValueError:
    print('ValueError')
