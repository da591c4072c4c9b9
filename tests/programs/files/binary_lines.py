# Iterating a binary file yields bytes lines
import os
name = 'files_binary_lines.tmp'
with open(name, 'wb') as f:
    f.write(b'one\ntwo\n\x00\xff')
with open(name, 'rb') as f:
    for line in f:
        print(line)
with open(name, 'rb') as f:
    print(f.readlines())
os.remove(name)
