def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "a b c".split(maxsplit=1))
t(lambda: "a,b,c".split(sep=",", maxsplit=1))
t(lambda: "a b c".rsplit(maxsplit=1))
t(lambda: "a,b,c".rsplit(",", maxsplit=1))
t(lambda: "a\nb".splitlines(keepends=True))
t(lambda: "a b".split(bogus=1))
