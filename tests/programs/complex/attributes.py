z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (5j).real, (5j).imag)
print(z.conjugate().conjugate() == z, abs(z), abs(1j), abs(-2 + 0j), abs(0j))
try:
    z.real = 1
except AttributeError:
    print("AttributeError")
try:
    z.foo
except AttributeError:
    print("AttributeError")
