# str.format with simple fields and specs
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("[{:5d}]".format(42), "[{:<5d}]".format(42), "[{:05d}]".format(42))
print("[{:>6}]".format("ab"), "[{:<6}]".format("ab"), "[{:^6}]".format("ab"))
print("{:.2f}".format(2.345678), "{:d}".format(-7))
print("{} {}".format("x", None), "{}".format([1, 2]))
print("{{literal}} {}".format(5))
