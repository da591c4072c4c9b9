def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
x.close()
print("closed")
print(list(x))
x.close()

y = g()
y.close()
print("never started")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise

c = catcher()
next(c)
print(c.close())

def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

r = raiser()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e)
