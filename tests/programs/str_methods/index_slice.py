def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = "python"
t(lambda: s[0])
t(lambda: s[-1])
t(lambda: s[5])
t(lambda: s[6])
t(lambda: s[-7])
t(lambda: s[1:4])
t(lambda: s[::2])
t(lambda: s[::-1])
t(lambda: s[-3:])
t(lambda: s[10:20])
t(lambda: s[4:1])
t(lambda: s[5:0:-2])
t(lambda: s["a"])
t(lambda: s[1.0])
t(lambda: s[::0])
def f():
    s[0] = "P"
t(f)
