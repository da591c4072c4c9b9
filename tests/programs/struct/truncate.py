# MicroPython truncates out-of-range ints to the item width instead of raising
import struct
print(struct.pack('<B', 256))
print(struct.pack('<B', -1))
print(struct.pack('<h', 65537))
print(struct.pack('<I', 2**32 + 5))
print(struct.unpack('<b', struct.pack('<B', 200)))
