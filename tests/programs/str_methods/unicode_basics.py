def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = "añb€c"
t(lambda: len(s))
t(lambda: s[1])
t(lambda: s[3])
t(lambda: s[1:4])
t(lambda: s[::-1])
t(lambda: [ord(c) for c in s])
t(lambda: chr(8364))
t(lambda: s.find("€"))
t(lambda: s.index("c"))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: ord(""))
t(lambda: ord("ab"))
