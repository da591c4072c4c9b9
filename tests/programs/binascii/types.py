# binascii takes bytes-like input and checks argument types
import binascii
print(binascii.hexlify(memoryview(b'\x12\x34')))
print(binascii.b2a_base64(bytearray(b'ab')))
print(binascii.crc32(memoryview(b'abc')) == binascii.crc32(b'abc'))
try:
    binascii.hexlify('text')
except TypeError:
    print('TypeError hexlify')
try:
    binascii.crc32(5)
except TypeError:
    print('TypeError crc32')
try:
    binascii.b2a_base64(None)
except TypeError:
    print('TypeError base64')
