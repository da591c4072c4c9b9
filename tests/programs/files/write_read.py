# Write a text file, read it back whole, by line and by iteration
import os
name = 'files_write_read.tmp'
f = open(name, 'w')
print(f.write('line one\n'))
f.write('line two\n')
f.write('end')
f.close()
f = open(name)
print(repr(f.read()))
f.close()
f = open(name, 'r')
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.close()
for line in open(name):
    print(repr(line))
print(open(name).readlines())
os.remove(name)
