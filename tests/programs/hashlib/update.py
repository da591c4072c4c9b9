# Feeding data in pieces gives the same digest, across block boundaries
import hashlib
data = bytes(range(256)) * 3
for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    whole = algo(data).digest()
    for step in (1, 7, 55, 56, 63, 64, 65, 200):
        h = algo()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        if h.digest() != whole:
            print('mismatch', step)
    print(algo(data).hexdigest())
h = hashlib.sha256(b'ab')
d1 = h.digest()
h.update(b'c')
print(d1 == hashlib.sha256(b'ab').digest(), h.digest() == hashlib.sha256(b'abc').digest())
h = hashlib.md5(bytearray(b'abc'))
print(h.hexdigest())
h = hashlib.sha1(memoryview(b'abc'))
print(h.hexdigest())
try:
    hashlib.sha256('text')
except TypeError:
    print('TypeError')
