# return inside try/finally: finally runs, and a return in finally wins
def f():
    try:
        return "from try"
    finally:
        print("finally of f")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def k(x):
    try:
        if x:
            return "early"
        x = "late"
    finally:
        print("cleanup", x)
    return x

print(f())
print(g())
print(h())
print(k(1))
print(k(0))
