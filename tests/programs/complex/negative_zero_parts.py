print(-1j, -(0j), 0j * -1, complex(-0.0, 0), -complex(1, 0), (-1) * 1j, 1j * -1)
print(complex(0.0, -0.0) == 0, -0j == 0j)
