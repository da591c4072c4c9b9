import cmath
def r(z):
    return complex(round(z.real, 12), round(z.imag, 12))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j), cmath.sqrt(0))
print(cmath.sqrt(-4.0), cmath.sqrt(5 - 12j), r(cmath.sqrt(2j)), r(cmath.sqrt(1j) ** 2))
print(cmath.sqrt(-0.0), cmath.sqrt(True), type(cmath.sqrt(4)).__name__)
