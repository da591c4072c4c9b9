# os.stat: a 10-tuple with the mode first and the size seventh
import os
name = 'os_stat.tmp'
with open(name, 'w') as f:
    f.write('12345')
st = os.stat(name)
print(len(st), st[6])
print(st[0] & 0o170000 == 0o100000)
os.mkdir('os_stat_dir')
print(os.stat('os_stat_dir')[0] & 0o170000 == 0o040000)
os.rmdir('os_stat_dir')
os.remove(name)
