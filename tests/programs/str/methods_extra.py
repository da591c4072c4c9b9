# lstrip, rstrip, rfind, count and index
print("[" + "  left".lstrip() + "]", "[" + "right  ".rstrip() + "]")
print("xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
s = "hello world"
print(s.rfind("o"), s.rfind("z"), s.count("o"), s.count("l"), s.count("xyz"))
print(s.index("w"), s.index("o", 5))
try:
    s.index("z")
except ValueError:
    print("ValueError from index")
