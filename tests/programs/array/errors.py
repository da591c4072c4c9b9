# array errors
from array import array
try:
    array('z')
except ValueError:
    print('ValueError typecode')
a = array('i', [1])
try:
    a[3]
except IndexError:
    print('IndexError')
try:
    a.append('x')
except TypeError:
    print('TypeError append')
try:
    array('f', ['a'])
except TypeError:
    print('TypeError float')
try:
    array()
except TypeError:
    print('TypeError args')
