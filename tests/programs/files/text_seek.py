# seek/tell in text mode move in bytes; reading resumes at the new position
import os
name = 'files_text_seek.tmp'
with open(name, 'w') as f:
    f.write('0123456789\nabcdef\n')
with open(name) as f:
    print(f.readline(), end='')
    pos = f.tell()
    print(pos, f.read(3))
    f.seek(pos)
    print(f.read())
    print(f.seek(0, 2), repr(f.read()))
    f.seek(3)
    print(f.read(4))
os.remove(name)
