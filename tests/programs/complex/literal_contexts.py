def g(z=1j):
    return z * 2
print(g(), g(2.5j), [k * 1j for k in range(3)], {1j: "a"}[1j], (lambda: -2j)())
t = (1j, 2j)
a, b = t
print(a + b, f"{a}|{b!r}")
