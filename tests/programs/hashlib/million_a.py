# SHA-1 and MD5 of a million 'a' bytes (FIPS 180 / well-known vectors)
import hashlib
h1 = hashlib.sha1()
h5 = hashlib.md5()
chunk = b'a' * 10000
for i in range(100):
    h1.update(chunk)
    h5.update(chunk)
print(h1.hexdigest())
print(h5.hexdigest())
