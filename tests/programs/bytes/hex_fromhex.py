# bytes.hex() and bytes.fromhex()
print(b''.hex())
print(b'\x00\x7f\x80\xff'.hex())
print(b'abc'.hex('-'))
print(bytes.fromhex('00ff10'))
print(bytes.fromhex('de ad be ef'))
print(bytes.fromhex(''))
try:
    bytes.fromhex('abc')
except ValueError:
    print('ValueError odd')
try:
    bytes.fromhex('zz')
except ValueError:
    print('ValueError non-hex')
print(bytearray.fromhex('0102'))
