# Iterating a BytesIO yields its lines as bytes
import io
b = io.BytesIO(b'a\nbb\n\nccc')
for line in b:
    print(line)
print(b.read(), b.readline())
