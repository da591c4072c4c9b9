# The bytes constructor from every kind of source
print(bytes())
print(bytes(3))
print(bytes([65, 66, 67]))
print(bytes(range(3)))
print(bytes('héllo', 'utf-8'))
print(bytes(bytearray(b'xy')))
print(bytes(memoryview(b'xyz')[1:]))
print(bytes((1, 2)))
try:
    bytes([256])
except ValueError:
    print('ValueError')
try:
    bytes('abc')
except TypeError:
    print('TypeError')
try:
    bytes(-1)
except ValueError:
    print('ValueError negative')
