# Text files are UTF-8; read(n) counts characters
import os
name = 'files_unicode.tmp'
with open(name, 'w', encoding='utf-8') as f:
    f.write('héllo wörld\n€uro')
with open(name) as f:
    print(f.read(2))
    print(f.read(4))
    print(f.readline())
    print(f.read())
with open(name, 'rb') as f:
    print(f.read())
os.remove(name)
