# Files as context managers close themselves, also when the body raises
import os
name = 'files_context.tmp'
with open(name, 'w') as f:
    f.write('data')
with open(name) as f:
    print(f.read())
try:
    with open(name) as g:
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
try:
    g.read()
except (OSError, ValueError):
    print('closed')
os.remove(name)
