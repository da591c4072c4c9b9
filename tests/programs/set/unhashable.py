# adding an unhashable value is a TypeError
def fill(s):
    s.add((1, 2))
    s.add([1, 2])

s = set()
fill(s)
