def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
print(True + True, True * 3, False - 1, True / 2)
print(True & False, True | False, True ^ True, ~True, -True)
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(()))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print({True: "a", 1: "b"})
print(hash(True), hash(False))
print(bool(), bool(bool))
print([1, 2][True], "ab"[False])
print(sum([True, True, False]))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), not Z())
