# Opening and closing many files reuses descriptors without leaking
import os
name = 'files_many.tmp'
for i in range(300):
    with open(name, 'w') as f:
        f.write(str(i))
print(open(name).read())
os.remove(name)
