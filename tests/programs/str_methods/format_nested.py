def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "{:{w}}|".format("a", w=4))
t(lambda: "{0:>{1}}|".format("a", 3))
t(lambda: "{:{}.{}f}".format(3.14159, 8, 2))
t(lambda: "{:^{width}}|".format("mid", width=9))
t(lambda: "{:>+8.2f}".format(3.14159))
t(lambda: "{:#010x}".format(255))
t(lambda: "{:<05}".format(7))
t(lambda: "{:.0f} {:.0f}".format(2.5, 3.5))
t(lambda: "{:x}".format(-255))
t(lambda: "{:,.2f}".format(1234567.891))
t(lambda: format(255, "x"))
t(lambda: format("s", ">3"))
t(lambda: format(1.5))
t(lambda: str.format("{}-{}", 5, 6))
