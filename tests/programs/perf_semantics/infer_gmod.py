# Helper module of infer_globals.py: N is rebound through the module object.
N = 10


def twice():
    return N * 2
