print(round(0.5), round(1.5), round(2.5), round(-2.5), round(-0.5), round(3.5), round(-0.4), round(0.49999999999999994))
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.675, 2), round(1234.5678, -2), round(1e300, -300))
print(round(5.5, 0), round(5.5, None), round(-0.0, 1), round(float("inf"), 2), round(1.23456, 10), round(15.0, -1), round(25.0, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(1e20), round(-1.5e16))
