def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a, b = {1, 2, 3}, {2, 3, 4}
t(lambda: sorted(a | b))
t(lambda: sorted(a & b))
t(lambda: sorted(a - b))
t(lambda: sorted(a ^ b))
t(lambda: a < {1, 2, 3, 4})
t(lambda: a <= a)
t(lambda: a < a)
t(lambda: a > {1})
t(lambda: a >= b)
t(lambda: a == {3, 2, 1})
t(lambda: 2 in a)
t(lambda: [1] in a)
t(lambda: a | [4])
t(lambda: a + b)
t(lambda: a < [1])
