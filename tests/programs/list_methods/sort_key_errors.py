def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def bad_key(x):
    if x == 3:
        raise ValueError("bad")
    return x
a = [5, 3, 1]
try:
    a.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(sorted(a))
t(lambda: sorted([3, 1], key=None))
t(lambda: sorted(["b", "A", "c"], key=str.lower))
t(lambda: sorted([(2, "b"), (1, "z"), (2, "a")], reverse=True))
t(lambda: sorted([[2], [1, 5], [1]]))
t(lambda: sorted([1, 2], cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
b = [3, 1, 2]
print(b.sort(), b)
