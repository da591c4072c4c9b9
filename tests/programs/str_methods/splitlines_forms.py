def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "a\nb\nc".splitlines())
t(lambda: "a\nb\n".splitlines())
t(lambda: "a\r\nb\rc".splitlines())
t(lambda: "a\n\nb".splitlines())
t(lambda: "a\nb\r\n".splitlines(True))
t(lambda: "".splitlines())
t(lambda: "\n".splitlines())
t(lambda: "no newline".splitlines())
