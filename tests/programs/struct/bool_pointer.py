# '?' packs truthiness; 'P' is a pointer-sized unsigned int
import struct
print(struct.pack('???', 0, 5, []), struct.unpack('??', b'\x00\x02'))
size = struct.calcsize('P')
print(size in (4, 8), struct.unpack('P', struct.pack('P', 1234)))
