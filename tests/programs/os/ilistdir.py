# ilistdir yields (name, type, inode) tuples; type tells files from folders
import os
d = 'os_ilistdir_tmp'
os.mkdir(d)
open(d + '/file', 'w').close()
os.mkdir(d + '/dir')
for entry in sorted(os.ilistdir(d)):
    print(entry[0], hex(entry[1]))
os.remove(d + '/file')
os.rmdir(d + '/dir')
os.rmdir(d)
