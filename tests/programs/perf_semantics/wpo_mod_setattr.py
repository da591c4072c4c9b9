# Helper module of wpo_setattr.py.
def step(x):
    return x * 3.0


def run(x):
    return step(x)
