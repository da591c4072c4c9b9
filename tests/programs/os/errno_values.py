# errno constants are distinct ints and errorcode inverts them
import errno
names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST',
         'ENODEV', 'EISDIR', 'EINVAL', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED',
         'ECONNRESET', 'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH',
         'EALREADY', 'EINPROGRESS']
values = [getattr(errno, n) for n in names]
print(len(set(values)) == len(values))
print(all(errno.errorcode[v] == n for n, v in zip(names, values)))
print(type(errno.errorcode).__name__)
