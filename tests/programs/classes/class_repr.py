class C:
    pass


print(C)
print(repr(C))
c = C()
s = repr(c)
print(s.startswith("<C object at "), s.endswith(">"))
print(str(c) == s)
print(type(C))
print(type(c))
