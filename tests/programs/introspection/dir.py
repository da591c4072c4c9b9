import sys
class A:
    x = 1
    def m(self): pass
class B(A):
    def n(self): pass
b = B()
b.y = 2
print([k for k in dir(b) if not k.startswith('__')])
print([k for k in dir(B) if not k.startswith('__')])
print('__class__' in dir(b), '__init__' in dir(b))
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir('s'))
def f():
    local = 1
    return dir()
zz = 3
print([k for k in dir() if not k.startswith('__')])
print(f() == dir())
class C:
    p = 1
    q = dir()
print(C.q)
print('exit' in dir(sys))
class E(Exception):
    def info(self): pass
e = E()
e.code = 5
print([k for k in dir(e) if not k.startswith('__')])
print(dir(1) == dir(int))
