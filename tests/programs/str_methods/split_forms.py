def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "a b  c\t d\n".split())
t(lambda: "  lead and trail  ".split())
t(lambda: "a,b,,c,".split(","))
t(lambda: "a,b,c".split(",", 1))
t(lambda: "a,b,c".split(",", 0))
t(lambda: "a,b,c".split(",", -1))
t(lambda: "a b c d".split(None, 2))
t(lambda: "".split())
t(lambda: "".split(","))
t(lambda: "abcabc".split("bc"))
t(lambda: "a,b".split(""))
t(lambda: "a,b".split(1))
t(lambda: "x".split(",", "1"))
