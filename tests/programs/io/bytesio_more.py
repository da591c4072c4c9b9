# BytesIO readinto, seek from the end, negative seeks fail
import io
b = io.BytesIO(b'0123456789')
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.seek(-2, 2), b.read())
print(b.seek(0, 1))
try:
    b.seek(-1)
except OSError:
    print('OSError')
print(b.seek(-100, 1))
b = io.BytesIO(10)
print(b.getvalue())
try:
    io.StringIO(b'bytes')
except TypeError:
    print('TypeError')
