a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(-a, +a, a * 1j, a / 1j, (a + b) * (a - b))
print(a + a.conjugate(), a * a.conjugate(), (2 + 0j) / 2)
