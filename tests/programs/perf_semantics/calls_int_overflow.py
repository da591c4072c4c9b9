# Int parameters and results of natively called functions stay Python ints:
# small-int arithmetic overflows into big ints inside the callee and across
# the call, and big-int arguments reach the callee unchanged.
def mul(a, b):
    return a * b


def add3(a, b, c):
    return a + b + c


def square_sum(n):
    s = 0
    for i in range(n):
        s = add3(s, mul(i, i), 0)
    return s


def grow(x, times):
    for _ in range(times):
        x = mul(x, 1 << 40)
    return x


print(mul(1 << 40, 1 << 40))
print(add3(2 ** 62, 2 ** 62, 2 ** 62))
print(add3(-(2 ** 62), -(2 ** 62), -1))
print(square_sum(100))
print(grow(3, 4))
print(grow(-(2 ** 100), 2))
print(mul(2 ** 64, 0), mul(-1, 2 ** 63))
