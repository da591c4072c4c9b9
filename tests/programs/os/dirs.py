# mkdir, listdir, chdir, getcwd, rmdir
import os
d = 'os_dirs_tmp'
os.mkdir(d)
print(d in os.listdir(), d in os.listdir('.'))
start = os.getcwd()
os.chdir(d)
print(os.getcwd() == start + os.sep + d)
with open('inner.txt', 'w') as f:
    f.write('x')
os.mkdir('sub')
print(sorted(os.listdir()))
os.remove('inner.txt')
os.rmdir('sub')
print(os.listdir())
os.chdir('..')
print(os.getcwd() == start)
os.rmdir(d)
print(d in os.listdir())
