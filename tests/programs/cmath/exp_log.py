import cmath
def r(z):
    return complex(round(z.real, 12), round(z.imag, 12))
print(cmath.exp(0), r(cmath.exp(1j * cmath.pi)), r(cmath.exp(1 + 1j)), r(cmath.exp(2)))
print(cmath.log(1), r(cmath.log(-1)), r(cmath.log(1j)), r(cmath.log(cmath.e)), r(cmath.log(3 + 4j)))
print(r(cmath.log10(100)), r(cmath.log10(-10)), r(cmath.log10(1j)))
print(r(cmath.exp(cmath.log(2 + 3j))))
