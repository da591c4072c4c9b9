"""
Seed: Code running in eval() function doesn't have access to local variables.
"""
val = 1


def test():
    val = 2
    print(val)
    eval("print(val)")


test()
