# Calling a stable function before its def runs raises NameError at the
# load of its name; after the def the direct call works.
def caller(v):
    return later(v) + 1.0


try:
    caller(2.0)
except NameError as e:
    print("NameError:", e)


def later(x):
    return x * 2.0


print(caller(2.0))
print(caller(0.25))
