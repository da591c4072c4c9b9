def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = {1, 2, 3}
a.update([4], (5,)); print(sorted(a))
a.intersection_update({1, 2, 3, 9}); print(sorted(a))
a.difference_update([1]); print(sorted(a))
a.symmetric_difference_update({3, 4}); print(sorted(a))
a |= {7}; print(sorted(a))
a &= {2, 7, 8}; print(sorted(a))
a -= {2}; print(sorted(a))
a ^= {7, 1}; print(sorted(a))
t(lambda: a.update(3))
