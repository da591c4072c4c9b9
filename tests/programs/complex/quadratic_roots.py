def roots(a, b, c):
    d = b * b - 4 * a * c
    s = d ** 0.5 if d >= 0 else complex(0, (-d) ** 0.5)
    return (-b + s) / (2 * a), (-b - s) / (2 * a)
print(roots(1, -3, 2))
print(roots(1, 2, 5))
print(roots(1, 0, 1))
r1, r2 = roots(2, 2, 1)
print(r1 * r2, r1 + r2)
