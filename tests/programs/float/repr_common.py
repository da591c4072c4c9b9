# repr of common float values
print(0.1, 0.5, 0.25, 1.5, -2.75)
print(1 / 3, 2 / 3, 1 / 7)
print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2)
print(1e16, 1e15, 1e-5, 1e-4, 123.456)
print(100.0, 1.0, 10.0 ** 10, 2.0 ** 60)
print(repr(0.1), str(0.1), repr(2.0))
print(3.14159, -0.001, 1e22, 1.5e300)
