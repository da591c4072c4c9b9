# bytearray comparisons and construction from iterables
a = bytearray(b'abc')
print(a == bytearray(b'abc'), a < bytearray(b'abd'), a >= b'abc', a != b'abd')
print(bytearray(x * 2 for x in range(4)))
print(bytearray(iter([7, 8])))
a.extend(a)
print(a)
a.extend(x for x in b'!?')
print(a)
b = bytearray()
for i in range(300):
    b.append(i % 256)
print(len(b), b[255], b[299])
print(max(bytearray(b'\x01\x09\x03')), sorted(bytearray(b'cab')))
