# comparisons are subset / superset tests
a = {1, 2}
b = {1, 2, 3}
print(a == b, a != b, a == {2, 1}, a == frozenset([1, 2]))
print(a <= b, a < b, b <= a, b < a)
print(b >= a, b > a, a >= b, a > b)
print(a <= a, a < a, a >= a, a > a)
c = {3, 4}
print(a < c, a > c, a <= c, a >= c, a == c)
print(set() <= a, set() < a, set() == frozenset())
print(a == [1, 2], a != (1, 2))
print(frozenset([1]) < {1, 2}, {1} <= frozenset([1]))
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
