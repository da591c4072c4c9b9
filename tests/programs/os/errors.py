# os failures raise OSError carrying the errno; str() is MicroPython's form
import os, errno
def attempt(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, errno.errorcode[e.errno], e)
attempt(os.remove, 'os_errors_missing.tmp')
attempt(os.rmdir, 'os_errors_missing_dir')
attempt(os.chdir, 'os_errors_missing_dir')
attempt(os.listdir, 'os_errors_missing_dir')
attempt(os.stat, 'os_errors_missing.tmp')
attempt(os.rename, 'os_errors_missing.tmp', 'x.tmp')
os.mkdir('os_errors_dir')
attempt(os.mkdir, 'os_errors_dir')
with open('os_errors_dir/f', 'w') as f:
    pass
attempt(os.rmdir, 'os_errors_dir')
os.remove('os_errors_dir/f')
os.rmdir('os_errors_dir')
try:
    os.remove(5)
except TypeError:
    print('TypeError')
