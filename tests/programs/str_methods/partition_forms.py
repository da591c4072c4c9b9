def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "key=value=x".partition("="))
t(lambda: "key=value=x".rpartition("="))
t(lambda: "novalue".partition("="))
t(lambda: "novalue".rpartition("="))
t(lambda: "abc".partition("abc"))
t(lambda: "".partition("x"))
t(lambda: "abc".partition(""))
t(lambda: "abc".partition(1))
