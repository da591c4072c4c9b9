# repr of tuples: one-element comma, nesting, strings quoted
print(())
print((1,))
print((1, 2))
print(((1,), (2, 3), ()))
print(("a", 'b"', None, 1.5))
print(str((1, "x")), repr(("y",)))
print([(1, 2)], ((1, [2]),))
