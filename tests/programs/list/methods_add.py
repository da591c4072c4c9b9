# append, insert, extend
a = []
a.append(1)
a.append("two")
a.append([3])
print(a)
a.insert(0, "first")
a.insert(2, "middle")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)
b = [1, 2]
b.extend([3, 4])
b.extend((5,))
b.extend("ab")
b.extend([])
print(b, len(b))
r = b.append(0)
print(r)
