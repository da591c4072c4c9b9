# locals are separate per call; parameters are local
x = "global x"

def f(x):
    x = x + " changed"
    return x

print(f("arg"), x)

def g():
    y = 1
    y += 1
    return y

print(g(), g())

def swap_list(l):
    l[0], l[1] = l[1], l[0]

data = [1, 2]
swap_list(data)
print(data)

def rebind(l):
    l = [9, 9]
    return l

print(rebind(data), data)
