# unpack returns a tuple of ints, floats, bools and bytes
import struct
vals = struct.unpack('<bHf?2s', struct.pack('<bHf?2s', -1, 9, 0.5, True, b'ok'))
print(vals, [type(v).__name__ for v in vals])
print(struct.unpack('<', b''), struct.pack('<'))
print(struct.unpack('>4B', b'\x01\x02\x03\x04'))
