# 's' packs a fixed-size byte string, counts repeat other codes, 'x' pads
import struct
print(struct.pack('4s', b'ab'))
print(struct.pack('2s', b'abcd'))
print(struct.unpack('3s', b'xyz'))
print(struct.pack('<3B', 1, 2, 3))
print(struct.unpack('<3B', b'\x01\x02\x03'))
print(struct.pack('<bxxb', 1, 2))
print(struct.unpack('<bxxb', b'\x01\x00\x00\x02'))
print(struct.pack('<2sH', b'hi', 258))
print(struct.unpack('<H2s', b'\x01\x02ok'))
