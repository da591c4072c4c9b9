# divmod and pow builtins
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(2 ** 65, 10))
print(pow(2, 10), pow(3, 0), pow(-3, 3), pow(2, -2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 2, 10))
print(pow(10, 20))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
