# In-place operators mutate the same object; + and * make new ones
a = bytearray(b'ab')
b = a
a += b'c'
print(b, a is b)
a *= 2
print(b, a is b)
c = a + b'!'
print(c is a, a, c)
d = bytearray(a)
d[0] = 0
print(a[0], d[0])
print(bool(bytearray()), bool(bytearray(1)))
