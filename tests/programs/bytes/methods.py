# bytes methods shared with str
b = b'Hello, World'
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'))
print(b.startswith(b'He'), b.endswith(b'ld'))
print(b.split(b', '), b'a b  c'.split(), b'a,b'.rsplit(b',', 1))
print(b'-'.join([b'a', b'b', b'c']))
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'  x'.lstrip(), b'x  '.rstrip())
print(b.replace(b'l', b'L'), b.upper(), b.lower())
print(b.partition(b', '), b.rpartition(b'o'))
print(b'abc'.center(7, b'*'), b'12'.isdigit(), b'ab'.isalpha(), b' '.isspace())
print(b'a\nb\r\nc'.splitlines())
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('utf-8'))
print('café'.encode(), 'abc'.encode('utf-8'))
