print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{1}{0}".format(1, 2), "{a}-{b}".format(a=1, b=2))
print("{:>{w}}|".format("x", w=5), "{:.{p}f}".format(3.14159, p=2), "{0:{1}}|".format(7, 4), "{!r}".format("q"), "{!s:>4}".format(1))
print("{{literal}} {}".format(9), "{0[1]}".format([5, 6]), "{0[k]}".format({"k": "v"}), "{:,}".format(10**6))
