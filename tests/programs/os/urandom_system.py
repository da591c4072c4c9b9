# os.urandom returns fresh random bytes; os.system runs a shell command
import os
a = os.urandom(16)
b = os.urandom(16)
print(type(a).__name__, len(a), a != b, len(os.urandom(0)))
print('before')
status = os.system('echo from shell')
print(status)
print(os.system('exit 3') != 0)
try:
    os.urandom(-1)
except ValueError:
    print('ValueError')
