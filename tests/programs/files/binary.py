# Binary mode reads and writes bytes; seek and tell work in bytes
import os
name = 'files_binary.tmp'
with open(name, 'wb') as f:
    f.write(b'\x00\x01\x02\x03abc')
    f.write(bytearray(b'\xff'))
with open(name, 'rb') as f:
    print(f.read(2))
    print(f.tell())
    f.seek(4)
    print(f.read(3))
    f.seek(-1, 2)
    print(f.read())
    print(f.read())
    f.seek(0)
    print(f.read())
    print(f.seek(2, 0), f.seek(1, 1), f.tell())
os.remove(name)
