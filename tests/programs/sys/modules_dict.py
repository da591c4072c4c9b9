# sys.modules holds imported modules
import sys
import struct
print('struct' in sys.modules, sys.modules['struct'] is struct)
import binascii as b
print(sys.modules['binascii'] is b)
