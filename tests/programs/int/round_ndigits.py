print(round(12345, -2), round(-15, -1), round(25, -1), round(35, -1), round(2**70, -20), round(5, 2), round(-5, 0))
print(round(150, -2), round(250, -2), round(-250, -2), round(10**30 + 5 * 10**9, -10), round(7, -5), type(round(7, 1)).__name__)
