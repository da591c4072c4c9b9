# hashlib.sha256 against the FIPS 180-2 test vectors
import hashlib
print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha256(b'').hexdigest())
print(hashlib.sha256(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
h = hashlib.sha256()
for i in range(1000):
    h.update(b'a' * 1000)
print(h.hexdigest())
print(len(hashlib.sha256(b'x').digest()))
