print("fine")
s = "abc
print(s)
