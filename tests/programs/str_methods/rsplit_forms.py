def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "a b c d".rsplit())
t(lambda: "a b c d".rsplit(None, 1))
t(lambda: "a,b,c,d".rsplit(",", 2))
t(lambda: "a,b,c,d".rsplit(","))
t(lambda: "  x  y  ".rsplit(None, 1))
t(lambda: "aXXbXXc".rsplit("XX", 1))
t(lambda: "".rsplit(","))
t(lambda: "abc".rsplit(""))
