print(1j, 2.5j, 0j, 10J, 1_000j, 1e3j, 1.5e-3j, .5j)
print(1 + 2j, 3 - 4j, -1j, -(1 + 1j), 1j * 1j)
print(type(1j).__name__, type(1 + 0j).__name__)
