# Imports inside functions bind locals (import a.b binds a); module globals
# stay untouched.
def load():
    import shapes.circle
    from shapes.solid import cube as c
    return shapes.circle.area(1), c.volume(2)


print(load())
try:
    shapes
except NameError:
    print("no global 'shapes'")


def load_as():
    import shapes.circle as circ
    return circ.__name__


print(load_as())
