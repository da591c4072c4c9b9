# binascii.hexlify / unhexlify
import binascii
print(binascii.hexlify(b''))
print(binascii.hexlify(b'\x00\x10\xff'))
print(binascii.hexlify(b'abc', b':'))
print(binascii.hexlify(bytearray(b'\x01')))
print(binascii.unhexlify(b'00ff'))
print(binascii.unhexlify('48656c6c6f'))
print(binascii.unhexlify('ABCD'))
try:
    binascii.unhexlify('abc')
except ValueError:
    print('ValueError odd')
try:
    binascii.unhexlify('zz')
except ValueError:
    print('ValueError digit')
