import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0])
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], len(data))
print(heapq.heapreplace(data, 5))
print(heapq.heappushpop(data, 0))
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])

pairs = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(pairs)
print(heapq.heappop(pairs))
print(heapq.nsmallest(2, [4, 1, 3, 2]), heapq.nlargest(2, [4, 1, 3, 2]))

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError", e)
