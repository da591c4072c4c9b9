# Operations on a closed file raise ValueError; closing twice is fine
import os
name = 'files_closed.tmp'
f = open(name, 'w')
f.write('x')
f.close()
f.close()
for op in (lambda: f.write('y'), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0),
           lambda: f.readline()):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(open(name).read())
os.remove(name)
