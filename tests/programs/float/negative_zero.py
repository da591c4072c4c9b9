# negative zero
z = -0.0
print(z, 0.0, -z)
print(z == 0.0, z < 0.0, z > 0.0)
print(0.0 * -1, -1 * 0.0, abs(-0.0))
print(str(-0.0), repr(-0.0))
