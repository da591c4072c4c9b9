def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: str())
t(lambda: str(12))
t(lambda: str(1.5))
t(lambda: str([1, "a"]))
t(lambda: str(None))
t(lambda: str("x"))
t(lambda: str(b"ab"))
t(lambda: str(b"ab", "ascii"))
t(lambda: repr("it's"))
t(lambda: repr('say "hi"'))
t(lambda: repr("both ' and \""))
t(lambda: repr("tab\there\nnl\\"))
t(lambda: repr("\x00\x7f"))
