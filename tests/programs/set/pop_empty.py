# pop from an empty set is an uncaught KeyError
s = {"x"}
print(s.pop())
s.pop()
