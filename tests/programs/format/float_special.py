inf, nan = float("inf"), float("nan")
for spec in ["f", "F", "e", "E", "g", "G", "%", "10.2f", "<8", "+"]:
    print(repr(spec), "[" + format(inf, spec) + "]", "[" + format(-inf, spec) + "]", "[" + format(nan, spec) + "]")
