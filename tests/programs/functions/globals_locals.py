val = 1


def test():
    val = 2
    print(val)
    print(locals() is globals(), locals()["val"])
    g = globals()
    g["added"] = 3


class K:
    x = 5
    names = sorted(k for k in locals() if not k.startswith("__"))


test()
print(added, K.names)
print(sorted(k for k in locals() if not k.startswith("__")))
