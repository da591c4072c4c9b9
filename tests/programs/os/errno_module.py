# The errno module: constants and the errorcode dict
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EBADF)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN])
print(errno.errorcode[17])
e = OSError(errno.ENOENT)
print(e)
print(repr(e))
print(OSError(2, 'detail'))
print(OSError(9999))
print(OSError('text'))
try:
    raise OSError(errno.EEXIST)
except OSError as x:
    print(x.errno, x.args)
