# Functions defined by exec() are ordinary function objects: compiled code
# calls them with every argument form, and they call compiled functions.
def twice(v):
    return v * 2


exec("""
def add(a, b=10, *args, scale=1, **kw):
    return (a + b + sum(args)) * scale, sorted(kw.items())

def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def uses_compiled(v):
    return twice(v) + 1

def deco(fn):
    def wrapper(*a, **k):
        return ["wrapped", fn(*a, **k)]
    return wrapper

@deco
def greet(name, punct="!"):
    return "hello " + name + punct

def kwonly(*, key, other=3):
    return key, other

def no_return():
    pass

def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
""")
print(add(1))
print(add(1, 2, 3, 4, scale=2, z=1, y=2))
c = counter()
c()
c(5)
print(c())
print(fact(20))
print(uses_compiled(20))
print(greet("krait"), greet("you", punct="?"))
print(kwonly(key=1), kwonly(key=2, other=4))
print(no_return(), early(3), early(30))
print(add.__name__, callable(add))
print(list(map(twice, [1, 2])), list(map(fact, [3, 4])))
try:
    add()
except TypeError:
    print("TypeError for a missing argument")
try:
    kwonly(1)
except TypeError:
    print("TypeError for an extra positional argument")
