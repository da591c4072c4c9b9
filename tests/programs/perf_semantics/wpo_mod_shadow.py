# Helper module of wpo_builtin_shadow.py: shadows two builtins.
def len(s):
    return 2.5


def use(s):
    return len(s) * 2


def abs(x):
    return "abs"


def conv(x):
    return abs(x)
