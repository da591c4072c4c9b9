# add, remove, discard, pop, clear, update
s = set()
s.add(1)
s.add(2)
s.add(1)
print(sorted(s), len(s))
s.remove(1)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.update([3, 4], (5,), "ab", {6})
print(sorted(s, key=str))
print(s.update(), s.add(7), s.discard(3))
print(len(s))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped, key=str), s)
s = {1, 2}
print(s.clear(), s)
s = {42}
print(s.pop(), s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add([])
except TypeError as e:
    print("TypeError:", e)
