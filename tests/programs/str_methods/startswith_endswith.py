def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = "hello world"
t(lambda: s.startswith("hello"))
t(lambda: s.startswith("world", 6))
t(lambda: s.startswith("lo", 3, 5))
t(lambda: s.startswith(""))
t(lambda: s.startswith(("x", "he")))
t(lambda: s.startswith(()))
t(lambda: s.endswith("world"))
t(lambda: s.endswith("hello", 0, 5))
t(lambda: s.endswith(("ld", "zz")))
t(lambda: s.endswith("o", 0, -6))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["ld"]))
