# rename and remove files
import os
a, b = 'os_rename_a.tmp', 'os_rename_b.tmp'
with open(a, 'w') as f:
    f.write('content')
os.rename(a, b)
print(a in os.listdir(), b in os.listdir())
print(open(b).read())
os.remove(b)
print(b in os.listdir())
