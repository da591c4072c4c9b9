# an uncaught KeyError from remove names the missing element
s = {1, 2}
s.remove(2)
print(s)
s.remove(3)
print("not reached")
