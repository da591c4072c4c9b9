# pack_into writes into a buffer; unpack_from reads at an offset
import struct
buf = bytearray(10)
struct.pack_into('<HI', buf, 1, 0xABCD, 1)
print(buf)
print(struct.unpack_from('<HI', buf, 1))
print(struct.unpack_from('<B', buf))
print(struct.unpack_from('<B', buf, -1))
print(struct.unpack_from('<H', b'\x00\x01\x02', offset=1))
m = memoryview(buf)
struct.pack_into('>h', m, 8, -2)
print(buf[8:])
