def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "  \t hi \n ".strip())
t(lambda: "xxhixx".strip("x"))
t(lambda: "xyhiyx".strip("xy"))
t(lambda: "  hi  ".lstrip())
t(lambda: "  hi  ".rstrip())
t(lambda: "abchiabc".lstrip("cba"))
t(lambda: "abchiabc".rstrip("cba"))
t(lambda: "hi".strip(""))
t(lambda: "".strip())
t(lambda: "aaaa".strip("a"))
t(lambda: " hi ".strip(None))
t(lambda: "hi".strip(5))
