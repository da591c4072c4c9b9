r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:3], r[::-1])
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r)
print(range(10, 0, -2).index(4), r.start, r.stop, r.step)
try:
    r.index(10)
except ValueError:
    print("ValueError")
print(range(5) == range(0, 5, 1), range(0) == range(2, 2))


class M(int):
    pass


print(list(range(M(3))), range(M(1), M(7), M(2)))
