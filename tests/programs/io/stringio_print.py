# print() into a StringIO
import io
s = io.StringIO()
print('a', 'b', file=s)
print(1, 2, 3, sep=',', end='', file=s)
print(repr(s.getvalue()))
