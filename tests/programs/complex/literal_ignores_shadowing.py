complex = None
def f():
    return 2j + 1
print(f(), 3j, type(4j) is type(1 + 0j))
