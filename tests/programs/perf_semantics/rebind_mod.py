# Helper module of global_other_module.py.
scale = 2


def helper(x):
    return x * scale


def call_helper(x):
    return helper(x)
