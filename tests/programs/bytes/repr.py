# repr of bytes escapes non-printable and non-ASCII bytes
print(b'plain')
print(b'\x00\x01\t\n\r\x7f\x80\xff')
print(repr(b"it's"))
print(repr(b'say "hi"'))
print(b'\\')
print(str(b'ab'))
print([b'a', bytearray(b'b')])
