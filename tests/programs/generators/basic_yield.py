def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

for x in count(4):
    print(x)
g = count(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(list(count(5)))
print(next(count(3), "default"))
e = count(0)
print(next(e, "empty"))
