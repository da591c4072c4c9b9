# StringIO readlines, readline with a size, and unicode text
import io
s = io.StringIO('one\ntwo\nthree\n')
print(s.readline(2), s.readline(), s.readlines())
u = io.StringIO()
u.write('naïve café\n')
u.write('ok')
print(u.getvalue())
u.seek(0)
print(u.read(5), u.readline(), u.read())
