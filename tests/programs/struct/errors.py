# struct errors: MicroPython raises ValueError (it has no struct.error)
import struct
try:
    struct.unpack('<I', b'\x00\x01')
except ValueError:
    print('ValueError short')
try:
    struct.pack_into('<I', bytearray(2), 0, 1)
except ValueError:
    print('ValueError small')
try:
    struct.calcsize('<Z')
except ValueError:
    print('ValueError typecode')
try:
    struct.pack('<h', 'x')
except TypeError:
    print('TypeError value')
try:
    struct.unpack('<h', 5)
except TypeError:
    print('TypeError buffer')
try:
    struct.pack('<hh', 1)
except ValueError:
    print('ValueError count')
