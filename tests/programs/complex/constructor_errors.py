bad = ["", " ", "1+", "j1", "1+2i", "abc", "1+2j+3j", "(1+2j", "1 + 2j", "++1j", "1__0j", "()"]
for s in bad:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([],), (None,), (1, None), ({},)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(1, 2, 3)
except TypeError:
    print("TypeError: too many")
