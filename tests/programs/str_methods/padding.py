def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "abc".center(9))
t(lambda: "abc".center(8, "*"))
t(lambda: "abc".center(2))
t(lambda: "abc".ljust(6, "-"))
t(lambda: "abc".rjust(6, "-"))
t(lambda: "abc".ljust(1))
t(lambda: "42".zfill(6))
t(lambda: "-42".zfill(6))
t(lambda: "+42".zfill(6))
t(lambda: "abc".zfill(2))
t(lambda: "".zfill(3))
t(lambda: "abc".center("5"))
t(lambda: "abc".ljust())
