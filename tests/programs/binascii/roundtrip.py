# hexlify/unhexlify and base64 round-trip every byte value
import binascii
data = bytes(range(256))
h = binascii.hexlify(data)
print(len(h), h[:16], binascii.unhexlify(h) == data)
for n in range(0, 12):
    chunk = data[n * 7:n * 7 + n]
    assert binascii.a2b_base64(binascii.b2a_base64(chunk)) == chunk
print(binascii.b2a_base64(data[:30]))
