print("[" + format("abc", "5") + "]", "[" + format("abc", ">5") + "]", "[" + format("abc", "^7") + "]", "[" + format("abc", "*<6") + "]")
print(format("abcdef", ".3"), "[" + format("xyz", ">6.2") + "]", format("", "3") + "|", format("mid", "^9s") + "|")
