z = (-8.0) ** (1 / 3)
print(type(z).__name__, round(z.real, 12), round(z.imag, 12))
def r(z):
    return complex(round(z.real, 12) + 0.0, round(z.imag, 12) + 0.0)
print(r((-8) ** 0.5), r((-2.0) ** 1.5), r((-1) ** 0.5), (-2.0) ** 2, (-2) ** -2, (-2.0) ** 3.0)
