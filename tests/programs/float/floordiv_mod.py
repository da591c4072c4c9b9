# float floor division and modulo follow the sign of the divisor
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b)
print(7 // 2.5, 7 % 2.5, -7 % 2.5)
print(5.0 % 5.0, -5.0 % 5.0, 0.5 // 1.0)
print(1e10 // 3.0, 1e10 % 3.0)
print(divmod(7.5, 2.0), divmod(-7.5, 2.0))
