def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = "aaa bbb aaa"
t(lambda: s.count("a"))
t(lambda: s.count("aa"))
t(lambda: s.count("a", 4))
t(lambda: s.count("a", 0, 2))
t(lambda: s.count(""))
t(lambda: "".count(""))
t(lambda: s.replace("a", "x"))
t(lambda: s.replace("a", "x", 2))
t(lambda: s.replace("a", "x", 0))
t(lambda: s.replace("a", "x", -1))
t(lambda: s.replace("aaa", ""))
t(lambda: "ab".replace("", "-"))
t(lambda: s.replace("zz", "y"))
t(lambda: s.replace(1, "x"))
t(lambda: s.replace("a", 2))
t(lambda: s.count(None))
