from collections import deque

q = deque()
for i in range(20):
    q.append(i)
print(len(q), q.popleft(), q.pop(), len(q))
q.appendleft(-1)
print(q[0], q[1], q[-1], bool(q))
print(list(q)[:5])
q.clear()
print(len(q), bool(q), q)
try:
    q.pop()
except IndexError as e:
    print("IndexError", e)
try:
    q.popleft()
except IndexError as e:
    print("IndexError", e)

b = deque((), 3)
for i in range(6):
    b.append(i)
print(list(b), b.maxlen)
b.appendleft(9)
print(b)
r = deque([1, 2, 3, 4, 5])
r.rotate(2)
print(r)
r.rotate(-1)
print(r, 3 in r, 7 in r, r.count(3))
r.extendleft([10, 11])
print(r)
r[0] = 0
print(r[0], r == deque([0, 10, 5, 1, 2, 3, 4]))
try:
    r[99]
except IndexError:
    print("IndexError")
try:
    deque([], -1)
except ValueError:
    print("ValueError")
