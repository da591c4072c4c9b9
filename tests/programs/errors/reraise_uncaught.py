# a bare raise adds no traceback entry of its own
def f():
    return 1 // 0

try:
    f()
except ZeroDivisionError:
    print("caught, re-raising")
    raise
