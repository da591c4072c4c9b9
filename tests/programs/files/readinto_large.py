# Large files cross the read-ahead buffer; readinto fills a bytearray
import os
name = 'files_large.tmp'
with open(name, 'w') as f:
    for i in range(2000):
        f.write('line %d\n' % i)
n = 0
last = None
with open(name) as f:
    for line in f:
        n += 1
        last = line
print(n, repr(last))
with open(name, 'rb') as f:
    buf = bytearray(10)
    print(f.readinto(buf), buf)
    f.seek(-4, 2)
    print(f.readinto(buf), buf[:4])
print(len(open(name).read()))
os.remove(name)
