# stat sizes follow writes
import os
name = 'os_stat_sizes.tmp'
for n in (0, 1, 100, 5000):
    with open(name, 'wb') as f:
        f.write(b'x' * n)
    print(os.stat(name)[6])
os.remove(name)
