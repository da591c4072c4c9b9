# bytes are hashable: dict keys and set members; bytearray is not
d = {b'a': 1, b'b': 2}
d[b'a'] += 10
print(sorted(d.items()))
s = {b'x', b'x', b'y'}
print(len(s), b'x' in s)
try:
    {bytearray(b'x'): 1}
except TypeError:
    print('TypeError unhashable')
