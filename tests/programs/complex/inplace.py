z = 1 + 1j
z += 1
print(z)
z -= 2j
print(z)
z *= 1j
print(z)
z /= 2
print(z)
z **= 2
print(z)
n = 3
n += 1j
print(n)
f = 0.5
f *= 2j
print(f)
