def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = "abracadabra"
t(lambda: s.find("bra"))
t(lambda: s.find("bra", 2))
t(lambda: s.find("bra", 2, 9))
t(lambda: s.find("bra", -4))
t(lambda: s.find("zz"))
t(lambda: s.find(""))
t(lambda: s.find("", 20))
t(lambda: s.rfind("bra"))
t(lambda: s.rfind("bra", 0, 8))
t(lambda: s.rfind("a", -3, -1))
t(lambda: s.index("cad"))
t(lambda: s.index("cad", 5))
t(lambda: s.rindex("a"))
t(lambda: s.rindex("z"))
t(lambda: s.find(1))
t(lambda: s.find())
