print(complex(), complex(5), complex(2.5), complex(True), complex(3, 4), complex(1.5, -2))
print(complex(1j), complex(1 + 2j, 3), complex(1, 2j), complex(1j, 1j), complex(2**70, 1))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(5, imag=6))
