# upper, lower, startswith, endswith
s = "Hello, World"
print(s.upper(), s.lower(), s)
print(s.startswith("Hello"), s.startswith("World"), s.startswith(""))
print(s.endswith("World"), s.endswith("world"), s.endswith("d"))
print("MiXeD 123".lower(), "MiXeD 123".upper())
print(s.startswith("World", 7), s.startswith("Hello", 1))
