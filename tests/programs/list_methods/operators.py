def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: [1, 2] + [3])
t(lambda: [1] * 3)
t(lambda: 3 * [0])
t(lambda: [1] * -2)
t(lambda: [1, 2] == [1, 2])
t(lambda: [1, 2] < [1, 3])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [] < [0])
t(lambda: 2 in [1, 2])
t(lambda: [1, 2] + (3,))
t(lambda: [1] * 1.5)
t(lambda: [1] < ["a"])
t(lambda: [1] < (1,))
t(lambda: [1] - [1])
a = [1, 2]
a *= 2; print(a)
a += (3,); print(a)
