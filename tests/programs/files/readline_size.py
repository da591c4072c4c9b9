# readline(size), read(0) and empty files
import os
name = 'files_readline_size.tmp'
with open(name, 'w') as f:
    f.write('abcdef\nxyz\n')
with open(name) as f:
    print(repr(f.readline(3)), repr(f.readline()), repr(f.read(0)), repr(f.readline(100)))
    print(repr(f.readline()))
open(name, 'w').close()
with open(name) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
os.remove(name)
