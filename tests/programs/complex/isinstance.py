z = 1j
print(isinstance(z, complex), isinstance(z, (int, float)), isinstance(1, complex), type(z) is complex)
print(complex.__name__ if hasattr(complex, "__name__") else "complex", callable(complex))
