# Deep recursion through native entries still raises RuntimeError (each
# native entry checks the stack), for object and float results alike, and
# the program carries on normally afterwards.
def down(n):
    return down(n + 1) + 1


def fdown(x):
    return fdown(x + 1.0) * 0.5


def depth(n):
    if n == 0:
        return 0.0
    return depth(n - 1) + 1.0


def ping(n, x):
    if n == 0:
        return x
    return pong(n - 1, x * 1.0)


def pong(n, x):
    return ping(n, x + 0.5)


try:
    down(0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    fdown(0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    depth(1000000)
except RuntimeError as e:
    print("RuntimeError:", e)
print(depth(200))
try:
    ping(1000000, 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(ping(10, 0.0))
