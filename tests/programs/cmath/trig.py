import cmath
def r(z):
    return complex(round(z.real, 10), round(z.imag, 10))
print(cmath.sin(0), cmath.cos(0), r(cmath.sin(1j)), r(cmath.cos(1j)))
print(r(cmath.sin(1 + 1j)), r(cmath.cos(1 + 1j)), r(cmath.sin(cmath.pi / 2)))
z = 0.3 + 0.7j
s, c = cmath.sin(z), cmath.cos(z)
print(r(s * s + c * c))
