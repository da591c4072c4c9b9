# File errors are OSError with an errno, printed as MicroPython does
import errno
try:
    open('files_no_such_file.tmp')
except OSError as e:
    print(e.errno == errno.ENOENT, e.args[0] == errno.ENOENT)
    print(e)
try:
    open('files_errors.tmp', 'rw')
except ValueError:
    print('ValueError mode')
try:
    open(42.0)
except TypeError:
    print('TypeError')
try:
    open('.')
except OSError as e:
    print(e)
