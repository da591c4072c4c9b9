# Slices of memoryviews are views too; steps other than 1 are refused
ba = bytearray(range(10))
m = memoryview(ba)
s = m[2:8]
t = s[1:3]
t[0] = 99
print(ba[3], len(s), len(t), list(t))
print(bytes(m[-3:]), bytes(m[5:2]))
print(list(memoryview(m)[0:2]))
try:
    m[::2]
except NotImplementedError:
    print('NotImplementedError')
print(m == b'x', type(m[0]).__name__)
