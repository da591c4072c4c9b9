# float() and int() conversions, round trips through strings
print(float("1.5"), float("-2"), float("1e3"), float(" 3.25 "), float(".5"))
print(float(7), float(-0), float(2 ** 40))
print(int(7.9), int(-7.9), int(0.5), int(-0.5), int(1e15))
x = 1 / 3
print(float(repr(x)) == x, float(str(0.1)) == 0.1)
y = 123.456e-7
print(y, float(repr(y)) == y)
print(str(1.0), str(1.25), str(-3.5))
print(abs(-2.5), abs(2.5), abs(-0.0))
