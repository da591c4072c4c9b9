# w+ and a+ open for reading and writing
import os
name = 'files_plus.tmp'
with open(name, 'w+') as f:
    f.write('hello')
    f.seek(0)
    print(f.read())
    f.write(' world')
    f.seek(0)
    print(f.read())
with open(name, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(f.read())
os.remove(name)
