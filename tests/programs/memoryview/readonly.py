# memoryview of bytes is read-only; slice assignment keeps the size
m = memoryview(b'abc')
print(m[1])
try:
    m[0] = 1
except TypeError:
    print('TypeError readonly')
w = memoryview(bytearray(4))
try:
    w[0:2] = b'abc'
except ValueError:
    print('ValueError size')
try:
    w[10]
except IndexError:
    print('IndexError')
try:
    memoryview(5)
except TypeError:
    print('TypeError no buffer')
w[0:4] = b'wxyz'
print(bytes(w))
