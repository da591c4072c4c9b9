# iterating a set; changing its size during the loop raises RuntimeError
s = {10, 20, 30}
total = 0
for x in s:
    total += x
print(total)
print(sorted(s), min(s), max(s), sum(s))
print(list({5}), tuple({6}))
a, = {7}
print(a)
it = iter({1})
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
count = 0
for x in set():
    count += 1
print(count)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
print(sorted([x * 2 for x in {1, 2, 3}]))
print(sorted(enumerate({9}), key=str))
