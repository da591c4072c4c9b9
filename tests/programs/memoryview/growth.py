# A view sees later writes to the bytearray it views
ba = bytearray(b'abcd')
m = memoryview(ba)
ba[0] = ord('A')
print(bytes(m))
v = m[1:3]
ba[1:3] = b'XY'
print(bytes(v))
print(bytes(memoryview(m)))
mm = memoryview(bytearray(b'12345'))
print(len(mm[1:]), len(mm[:-1]), bytes(mm[10:]))
