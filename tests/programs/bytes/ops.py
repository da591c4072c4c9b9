# bytes operators, indexing and iteration
b = b'abcdef'
print(b[0], b[-1], b[1:4], b[::2], b[::-1])
print(b + b'gh', b * 2, 2 * b'xy', b'' * 5)
print(b'cd' in b, 99 in b, b'zz' in b, 200 in b)
print(b == b'abcdef', b != b'abc', b < b'abd', b'b' > b'abc', b <= b, b >= b'abcdefg')
print(b == 'abcdef')
print(len(b), bool(b''), bool(b'\x00'))
print(list(b'\x01\x02\xff'))
print(hash(b'abc') == hash(b'abc'))
print(b + bytearray(b'!'))
print(b'xyz' == bytearray(b'xyz'), bytearray(b'xyz') == b'xyz')
print({b'k': 1}[b'k'])
try:
    b[10]
except IndexError:
    print('IndexError')
try:
    b + 'str'
except TypeError:
    print('TypeError')
try:
    b[0] = 1
except TypeError:
    print('TypeError assign')
