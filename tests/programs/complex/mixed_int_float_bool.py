a = 2 + 3j
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + True, True + a, False * a, a * False, 10**20 + a, a + 2**65)
print(1 - 1j, 2.5 * 1j, 1j / 4, 3 / 1j)
