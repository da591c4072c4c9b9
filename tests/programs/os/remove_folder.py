# remove() refuses folders; rmdir removes them
import os
d = 'os_remove_folder_tmp'
os.mkdir(d)
try:
    os.remove(d)
except OSError:
    print('OSError')
os.rmdir(d)
print(d in os.listdir())
