# Seed sample (MicroPython differences, core language): code running in eval()
# has no access to local variables; eval(expr) is eval(expr, globals(), globals()).
val = 1


def test():
    val = 2
    print(val)
    eval("print(val)")


test()
