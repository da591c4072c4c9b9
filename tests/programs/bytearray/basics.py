# bytearray construction, repr, len and indexing
print(bytearray())
print(bytearray(4))
print(bytearray(b'abc'))
print(bytearray([1, 2, 255]))
print(bytearray('xyz', 'utf-8'))
print(bytearray(range(65, 70)))
a = bytearray(b'hello')
print(len(a), a[0], a[-1], a[1:3], a[::-1])
print(type(a[1:3]).__name__)
print(a == b'hello', a != b'hello', a < b'help', a > bytearray(b'hell'))
print(bool(bytearray()), bool(a))
print(list(a))
print(b'ell' in a, 104 in a, 1 in a)
print(a.decode(), bytes(a))
try:
    bytearray('abc')
except TypeError:
    print('TypeError')
