# Function objects: no __module__, no user attributes (AttributeError), __name__.
def f():
    pass


print(f.__name__)
for action in ("get", "set"):
    try:
        if action == "get":
            f.__module__
        else:
            f.x = 1
        print("no error")
    except AttributeError as e:
        print("AttributeError")
print(hasattr(f, "__module__"), hasattr(f, "__name__"))
print((lambda: 0).__name__)
