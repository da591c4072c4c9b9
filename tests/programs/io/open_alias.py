# io.open is the builtin open
import io, os
print(io.open is open)
name = 'io_open_alias.tmp'
with io.open(name, 'w') as f:
    f.write('ok')
with io.open(name) as f:
    print(f.read())
os.remove(name)
