def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def deep(n):
    if n == 0:
        yield 0
    else:
        yield from deep(n - 1)
try:
    print(list(deep(100000)))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(deep(50)))
