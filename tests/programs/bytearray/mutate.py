# bytearray is mutable: item and slice assignment, append, extend, +=
a = bytearray(b'abc')
a[0] = 65
a[-1] = ord('Z')
print(a)
a.append(33)
print(a)
a.extend(b'de')
a.extend([1, 2])
a.extend(bytearray(b'!'))
print(a)
a += b'++'
print(a)
a[1:3] = b'XYZW'
print(a)
a[0:4] = b''
print(a)
a[:] = b'reset'
print(a)
a[1:1] = [120, 121]
print(a)
b = a
b += b'tail'
print(a is b, a)
c = bytearray(b'xy') * 3
print(c)
c *= 2
print(c, len(c))
