# int to string and back
n = 2 ** 90 + 12345
s = str(n)
print(s)
print(int(s) == n, len(s))
print(str(-n))
print(int("-" + s) == -n)
print(repr(123), str(-0), str(10 ** 30))
print(int("000123"), int("-0"))
