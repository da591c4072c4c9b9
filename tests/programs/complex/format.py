print("{}".format(1 + 2j), "{!r}".format(1j), f"{3 - 1j}", format(2j), str(1.5j))
print("%s and %r" % (1 - 1j, 1j), "[%10s]" % (1j,), "{:>8}|{:<8}|".format(str(1j), str(2j)))
