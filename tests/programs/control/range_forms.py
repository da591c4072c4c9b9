# range with one, two and three arguments
def show(r):
    out = []
    for v in r:
        out.append(v)
    print(out)

show(range(5))
show(range(2, 6))
show(range(0, 10, 3))
show(range(5, 0, -1))
show(range(0))
show(range(3, 3))
show(range(-5, -1))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(5)[2], range(10, 0, -2)[1], range(5)[-1])
print(range(5), range(1, 10, 2))
