# strip, replace and find
print("[" + "  padded \t\n".strip() + "]")
print("xxhixx".strip("x"), "abcba".strip("ab"))
print("aaa".replace("a", "b"), "hello".replace("l", "L"), "abc".replace("x", "y"))
print("a-b-c-d".replace("-", "+", 2), "".replace("a", "b") == "")
s = "hello world"
print(s.find("o"), s.find("o", 5), s.find("xyz"), s.find(""), s.find("world"))
