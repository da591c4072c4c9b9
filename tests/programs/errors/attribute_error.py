# attribute access on an int
n = 7
print(n.foo)
