# Modes a (append), r+ (read and write), x (exclusive create), w truncates
import os
name = 'files_modes.tmp'
with open(name, 'w') as f:
    f.write('abc')
with open(name, 'a') as f:
    f.write('def')
print(open(name).read())
with open(name, 'r+') as f:
    print(f.read(2))
    f.seek(0)
    f.write('X')
print(open(name).read())
with open(name, 'w') as f:
    pass
print(repr(open(name).read()))
try:
    open(name, 'x')
except OSError:
    print('exists')
os.remove(name)
with open(name, 'x') as f:
    f.write('new')
print(open(name).read())
os.remove(name)
