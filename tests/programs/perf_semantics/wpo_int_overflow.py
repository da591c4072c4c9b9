# Int-typed code (typed parameters, range items, int call results) still
# promotes to big ints on overflow and keeps Python's int semantics.
def mul(a, b):
    return a * b


def tri(n):
    s = 0
    for i in range(n):
        s += i * i * i * 1000003
    return s


def big(k):
    return tri(k) * tri(k) * tri(k)


def shift(x, n):
    return x << n


def neg_floor(a, b):
    return a // b, a % b


print(mul(2 ** 40, 2 ** 40))
print(mul(3037000500, 3037000500))
print(big(2000))
print(shift(1, 62), shift(1, 64), shift(-3, 70))
print(neg_floor(-7, 2), neg_floor(7, -2))
print(len("abcd") * 4611686018427387904)
print(int("123456789012345678901234567890") + 1)
print(abs(-9223372036854775807 - 1))
print(round(2.5), round(3.5), round(-0.5), round(7))
print(min(4611686018427387904, 3), max(-1.5, -2.5))


# int / int in typed code: exact below 2**53, correctly rounded above.
def div(a, b):
    return a / b


def addf(a, x):
    return a + x * 1.0


print(div(7, 2), div(9007199254740993, 3), div(-9007199254740993, 7))
print(div(4611686018427400249, 2305843009213693953), div(1000000000000000000000000000000, 7))
print(addf(9007199254740993, 0.5), addf(3, 0.25), addf(-4611686018427387904, 2.0))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
