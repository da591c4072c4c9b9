# float literals
print(1.5, .5, 5., 1e3, 1E3)
print(1.5e-3, 2.5e+2, 1_000.000_1)
print(0.0, -0.0, 3.0)
print(1e100, 1e-100)
print(2.5e-10)
