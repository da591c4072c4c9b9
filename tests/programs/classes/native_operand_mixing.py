class Num(int):
    pass


class Name(str):
    pass


# Operators on an instance of a native subclass apply to its native value.
x = Num(3)
n = Name("ab")
print(x * [1], x + 1, x * 2.5, -x, abs(Num(-4)), x == 3, x > 2, x // 2)
print(n + "c", n * 2, n == "ab", n < "b", n[1], "b" in n)
