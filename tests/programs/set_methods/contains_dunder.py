def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: set.__contains__({1, 2}, 1))
t(lambda: set.__contains__({1, 2}, 3))
t(lambda: {"a"}.__contains__("a"))
t(lambda: frozenset([5]).__contains__(5))
t(lambda: frozenset.__contains__(frozenset(), 0))
t(lambda: {1}.__contains__([1]))
class Tracking(set):
    def __contains__(self, x):
        print("check", x)
        return super().__contains__(x)
s = Tracking([1, 2])
print(1 in s, 3 in s)
