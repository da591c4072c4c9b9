print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 1j) ** 0, (1 + 1j) ** -1, (2j) ** 2, 1j ** 4)
print((1 + 1j) ** 1, 2 ** (0 + 0j), (0j) ** 2, 0j ** 0, (-1 + 0j) ** 2, (3 - 4j) ** -2)
z = (1 + 1j) ** 0.5
print(round(z.real, 12), round(z.imag, 12))
w = 2 ** 1j
print(round(w.real, 12), round(w.imag, 12))
v = 1j ** 1j
print(round(v.real, 12), round(v.imag, 12))
print(pow(1j, 2), pow(2, 1j) == w)
