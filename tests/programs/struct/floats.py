# struct floats and doubles
import struct
print(struct.pack('<f', 1.0), struct.pack('>d', -0.5))
print(struct.unpack('<f', struct.pack('<f', 0.25)))
print(struct.unpack('>d', struct.pack('>d', 3.141592653589793)))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.1)
print(struct.pack('<d', 2))
print(struct.unpack('<2f', struct.pack('<2f', 1.5, -2.0)))
