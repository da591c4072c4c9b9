# functions are first-class values
def double(x):
    return x * 2

def inc(x):
    return x + 1

def apply(f, v):
    return f(v)

def compose_apply(fs, v):
    for f in fs:
        v = f(v)
    return v

print(apply(double, 5), apply(inc, 5))
print(compose_apply([double, inc, double], 3))
table = {"d": double, "i": inc}
print(table["d"](10), table["i"](10))
alias = double
print(alias(21), alias is double)
print(type(double) == type(inc))
