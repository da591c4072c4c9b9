# None, True and False
print(None, True, False)
print(True + True, True * 5, False - 1)
print(not None, not 0, not 1, not "", not "x")
print(None is None, True is not False)
print(True == 1, False == 0, True is True)
print(str(None), str(True), repr(False))
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
