import cmath
n = 6
roots = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
for z in roots:
    w = z ** n
    print(round(z.real, 6) + 0.0, round(z.imag, 6) + 0.0, round(abs(w - 1), 9))
s = sum(roots)
print(round(abs(s), 9))
