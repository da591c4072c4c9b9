# Decoding invalid UTF-8 raises UnicodeError
for data in (b'\xff', b'abc\xc3', b'\xc3\x28'):
    try:
        data.decode()
    except UnicodeError:
        print('UnicodeError', data)
print(b'\xc3\xa9'.decode('utf-8'))
try:
    bytearray(b'\x80').decode()
except UnicodeError:
    print('UnicodeError bytearray')
