# Native mode ('@' or no prefix) aligns each item to its size
import struct
p = struct.pack('bi', 1, 2)
print(len(p), struct.unpack('bi', p))
print(struct.calcsize('bhbi'), struct.unpack('bhbi', struct.pack('bhbi', 1, 2, 3, 4)))
print(struct.calcsize('<bhbi'), struct.unpack('<bhbi', struct.pack('<bhbi', 1, 2, 3, 4)))
print(struct.calcsize('b3sh'))
