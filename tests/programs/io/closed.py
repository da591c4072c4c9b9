# Closed memory streams raise ValueError; with closes them
import io
with io.StringIO('x') as s:
    print(s.read())
try:
    s.read()
except ValueError:
    print('ValueError')
b = io.BytesIO()
b.close()
try:
    b.write(b'x')
except ValueError:
    print('ValueError write')
b.close()
print('done')
