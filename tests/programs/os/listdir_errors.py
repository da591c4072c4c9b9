# listdir of a file or a missing folder raises OSError
import os, errno
name = 'os_listdir_file.tmp'
open(name, 'w').close()
try:
    os.listdir(name)
except OSError as e:
    print(e.errno == errno.ENOTDIR if hasattr(errno, 'ENOTDIR') else e.errno == 20)
try:
    os.mkdir(name)
except OSError as e:
    print(e.errno == errno.EEXIST)
os.remove(name)
try:
    os.listdir(name)
except OSError as e:
    print(e.errno == errno.ENOENT)
