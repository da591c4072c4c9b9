# Helper module of wpo_module_attr.py.
def half(x):
    return x / 2.0


def twice(x):
    return half(x) * 2
