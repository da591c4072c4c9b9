# MicroPython stores ints into a bytearray truncated to 8 bits
a = bytearray(2)
a[0] = 256 + 7
a[1] = -1
print(a)
a.append(300)
print(a)
print(bytearray([257, -2]))
