def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "Hello World 123".lower())
t(lambda: "Hello World 123".upper())
t(lambda: "".upper())
t(lambda: "ABC".lower().upper())
t(lambda: "mixed CASE".upper().lower())
