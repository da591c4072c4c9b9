# Closures, nonlocal, lambdas and comprehension scopes in exec'd code.
exec("""
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a
            a += 10
            return a + b
        return inner
    inner = middle()
    return inner(), inner(), a

def shadow():
    x = "outer x"
    ys = [x for x in range(2)]
    return x, ys

def walrus():
    vals = [y := 5, y + 1]
    return vals, y

def unbound():
    try:
        print(z)
    except NameError as e:
        print("unbound:", isinstance(e, NameError))
    z = 1
""")
print([f(10) for f in make_adders()])
print(late_binding())
print(outer())
print(shadow())
print(walrus())
unbound()
square = eval("lambda n: n * n")
print(sorted([3, -4, 1], key=square), square(12))
