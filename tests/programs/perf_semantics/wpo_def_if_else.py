# A name bound by defs in both branches of an if, or by a def in a loop, is
# not one stable function.
import sys

if len(sys.argv) > 100:

    def f(x):
        return x * 2.0

else:

    def f(x):
        return str(x) + "!"


def use_f():
    return f(1.5)


print(use_f())

results = []
for k in range(3):

    def g(x):
        return x + k

    results.append(g(10))
print(results)


def use_g():
    return g(1.5)


print(use_g())
