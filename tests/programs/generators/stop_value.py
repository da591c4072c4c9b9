def f():
    yield 1
    return 42

g = f()
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    g.send(None)
except StopIteration as e:
    print("again", e.value)

def empty():
    return
    yield

print(list(empty()))
