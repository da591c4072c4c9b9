# bytearray.hex and decode, bytes() of a bytearray is a copy
a = bytearray(b'\x01\xfe')
print(a.hex())
print(bytearray('héllo', 'utf-8').decode())
b = bytes(a)
a[0] = 0
print(b, a)
