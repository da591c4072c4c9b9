print(complex(1, 2), complex(-1, -2), complex(0, 1), complex(0, -1), complex(-0.0, 1))
print(complex(1.5, 0), complex(0, 0), complex(-0.0, -0.0), complex(0, -0.0))
print(complex(1e20, 1e-20), complex(123456789, 0.1), complex(1 / 3, 2 / 3))
print(repr(complex(2, 3)), str(complex(2, 3)), [1j, 2 + 0j], (1j,), {1j: 2})
