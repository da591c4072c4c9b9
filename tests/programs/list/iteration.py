# iterating over lists
total = 0
for x in [1, 2, 3, 4]:
    total += x
print(total)
nested = [[1, 2], [3], []]
for inner in nested:
    print(len(inner), inner)
squares = []
for i in range(6):
    squares.append(i * i)
print(squares)
evens = []
for v in squares:
    if v % 2 == 0:
        evens.append(v)
print(evens)
for a, b in [[1, 2], [3, 4]]:
    print(a + b)
