# tuples are immutable, but may hold mutable objects
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError:
    print("TypeError on item assignment")
t[1].append(4)
print(t)
s = t
t = t + (5,)
print(s, t, s is t)
print(len(t), len(()))
