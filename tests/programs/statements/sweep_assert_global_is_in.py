# assert with message, global, is/in, conditional expressions.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError", e.args)
assert True, "never"

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make_global():
    global created
    created = "yes"


make_global()
print(created)
a = [1]
b = a
print(a is b, a is not [1], a == [1], None is None, 1 in a, 2 not in a)
print("ab" in "cabd", 3 in {3: 0}, (1, 2) in [(1, 2)], "z" in {"y"})
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
