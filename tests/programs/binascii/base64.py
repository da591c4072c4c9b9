# binascii base64 both ways
import binascii
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[250:]]:
    enc = binascii.b2a_base64(s)
    print(enc, binascii.a2b_base64(enc) == s)
print(binascii.b2a_base64(b'hi', newline=False))
print(binascii.a2b_base64('Zm9v\nYmFy'))
print(binascii.a2b_base64(b'YQ=='))
try:
    binascii.a2b_base64(b'YQ')
except ValueError:
    print('ValueError padding')
