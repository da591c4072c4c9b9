# str() and repr() of various values
print(str(1), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)))
print(repr(1), repr("a"), repr([1, "a"]), repr({"k": "v"}))
print(str(2 ** 64), repr(0.1))
print(str("s") == "s", len(str(12345)))
print(str(), repr(()))
