# hash objects: digest is bytes, sizes per algorithm, bytes-like input
import hashlib
for name, algo in (('sha256', hashlib.sha256), ('sha1', hashlib.sha1), ('md5', hashlib.md5)):
    d = algo(b'data').digest()
    print(name, type(d).__name__, len(d), len(algo().hexdigest()))
h = hashlib.sha256(bytearray(b'abc'))
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest())
try:
    hashlib.md5(b'a').update(123)
except TypeError:
    print('TypeError')
