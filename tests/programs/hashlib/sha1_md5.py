# hashlib.sha1 and md5 against their RFC test vectors
import hashlib
print(hashlib.sha1(b'abc').hexdigest())
print(hashlib.sha1(b'').hexdigest())
print(hashlib.sha1(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
for s in [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz',
          b'12345678901234567890123456789012345678901234567890123456789012345678901234567890']:
    print(hashlib.md5(s).hexdigest())
print(hashlib.md5(b'abc').digest())
