# bytes() of iterables checks every item
try:
    bytes([1, 'a'])
except TypeError:
    print('TypeError item')
try:
    bytes([-1])
except ValueError:
    print('ValueError negative')
try:
    bytes(3.5)
except TypeError:
    print('TypeError float')
print(bytes([0, 255]), bytes(bytearray(2)))
