# A module found nowhere at compile time compiles; importing it raises
# ImportError, which a handler can catch (the optional-dependency idiom).
try:
    import not_a_module
except ImportError as e:
    print("ImportError:", e)
    not_a_module = None
print(not_a_module)
try:
    from also_missing import thing
except ImportError as e:
    print("ImportError:", e)
try:
    import shapes.nothing
except ImportError as e:
    print("ImportError:", e)
print(isinstance(ImportError("x"), Exception))


def lazy():
    import never_there
    return never_there


try:
    lazy()
except ImportError as e:
    print("lazy:", e)
