def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: set())
t(lambda: sorted(set("hello")))
t(lambda: sorted(set([3, 1, 3])))
t(lambda: sorted(set({"a": 1, "b": 2})))
t(lambda: sorted(set(range(4))))
t(lambda: set(5))
t(lambda: set([[1]]))
a = {1, 2}
b = a.copy()
b.add(3)
print(sorted(a), sorted(b))
print({1, 2} == {2, 1}, set() == frozenset())
