# default values are evaluated once, when the def statement runs
base = 10

def f(x=base):
    return x

base = 20
print(f(), f(5), base)

def g(a, b=2, c=3):
    return a * 100 + b * 10 + c

print(g(1), g(1, 5), g(1, 5, 7))

def h(items=[]):
    items.append(len(items))
    return items

h()
h()
print(h())
