# Binary files accept bytes, bytearray, memoryview and array data
import os
from array import array
name = 'files_bytes_like.tmp'
with open(name, 'wb') as f:
    print(f.write(b'ab'), f.write(bytearray(b'cd')), f.write(memoryview(b'xef')[1:]))
    f.write(array('B', [103, 104]))
with open(name, 'rb') as f:
    print(f.read())
os.remove(name)
