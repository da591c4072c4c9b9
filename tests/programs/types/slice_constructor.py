def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: slice(3))
t(lambda: slice(1, 2))
t(lambda: slice(1, 2, 3))
t(lambda: slice(None, None, -1))
t(lambda: (slice(1, 9, 2).start, slice(1, 9, 2).stop, slice(1, 9, 2).step))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: [0, 1, 2, 3, 4][slice(1, None, 2)])
t(lambda: "hello"[slice(-3, None)])
t(lambda: (1, 2, 3)[slice(None, None, -1)])
