# Runaway recursion on a small stack raises RuntimeError (MicroPython's
# "maximum recursion depth exceeded") instead of overrunning the stack.
def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RuntimeError as e:
    print("RuntimeError:", e)


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print("depth 50:", depth(50))
