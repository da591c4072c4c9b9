# bytearray error cases
a = bytearray(b'abc')
try:
    a[5]
except IndexError:
    print('IndexError get')
try:
    a[3] = 1
except IndexError:
    print('IndexError set')
try:
    a['x']
except TypeError:
    print('TypeError index')
try:
    a.append('x')
except TypeError:
    print('TypeError append')
try:
    a + 'str'
except TypeError:
    print('TypeError add')
try:
    hash(a)
except TypeError:
    print('TypeError hash')
try:
    bytearray(-2)
except ValueError:
    print('ValueError')
print(a)
