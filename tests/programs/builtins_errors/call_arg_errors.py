def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def f(a, b=2, *, c=3):
    return (a, b, c)
t(lambda: f(1))
t(lambda: f(1, c=9))
t(lambda: f())
t(lambda: f(1, 2, 3))
t(lambda: f(1, d=4))
t(lambda: f(1, a=1))
t(lambda: "abc".upper(1))
t(lambda: [].append(1, 2))
t(lambda: {}.get())
t(lambda: len(obj=[]))
t(lambda: abs(1, 2))
