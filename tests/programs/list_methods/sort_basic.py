def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = ["pear", "Apple", "fig", "banana"]
b.sort(); print(b)
b.sort(key=len); print(b)
b.sort(key=lambda s: s.lower(), reverse=True); print(b)
print(sorted([3, 1, 2]), sorted("cab"), sorted({2: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True))
print(sorted([], key=len))
c = [1.5, 1, True, 0.5]
c.sort(); print(c)
t(lambda: [3, "a", 1].sort())
t(lambda: sorted([1, None]))
t(lambda: [1].sort(len))
t(lambda: sorted([1, 2], key=5))
