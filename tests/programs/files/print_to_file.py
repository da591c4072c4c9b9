# print(file=...) writes to files and to any object with write()
import os
name = 'files_print.tmp'
with open(name, 'w') as f:
    print('a', 1, file=f)
    print('b', end='!', file=f)
print(repr(open(name).read()))
os.remove(name)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = Sink()
print('x', 'y', sep='-', file=s)
print(repr(''.join(s.parts)))
