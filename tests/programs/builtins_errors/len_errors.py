def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: len("abc"))
t(lambda: len([1, 2]))
t(lambda: len({1: 2}))
t(lambda: len(range(5)))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len([], []))
class N:
    def __len__(self):
        return 3
t(lambda: len(N()))
