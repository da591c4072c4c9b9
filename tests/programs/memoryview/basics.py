# memoryview shares the memory of what it views
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(len(m), m[0], m[-1])
m[0] = 65
print(ba)
s = m[2:5]
print(len(s), bytes(s), list(s))
s[0] = 67
print(ba)
s[1:3] = b'XY'
print(ba)
ba[5] = 90
print(bytes(m), m[5])
print(bytes(memoryview(b'xyz')))
for x in memoryview(b'\x01\x02'):
    print(x)
