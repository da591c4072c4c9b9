# Comprehensions with nested for/if, conditional expressions, walrus.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row if x % 2])
print([[row[i] for row in m] for i in range(3)])
print({x: x * x for x in range(5) if x != 2})
print(sorted({c for w in ("ab", "bc") for c in w}))
print(list(x * y for x in range(3) for y in range(3) if x < y))
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
data = [3, 8, 1, 9]
print([y for x in data if (y := x * 2) > 5], y)
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 8:
    print("popped", item)
print(data, item)
print(sum(v for v in range(101)), max((len(w), w) for w in "a bbb cc".split()))
x = 10
print([x for x in range(3)], x)
total = 0
print([total := total + i for i in range(4)], total)
