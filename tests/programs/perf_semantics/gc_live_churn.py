# A big live set (many small objects holding floats, ints and strings) kept
# across a lot of short-lived garbage: the collector runs many times while
# the live objects move through its heap-growth decisions, and every live
# value must come out intact.


class Cell:
    def __init__(self, i):
        self.i = i
        self.f = i * 0.5
        self.s = "c" + str(i)
        self.t = (i, -i)


def checksum(cells):
    total = 0
    for c in cells:
        if c.s != "c" + str(c.i) or c.t != (c.i, -c.i) or c.f != c.i * 0.5:
            return -1
        total += c.i
    return total


n = 60000
cells = [Cell(i) for i in range(n)]
table = {}
for i in range(0, n, 7):
    table[i] = cells[i]
print(checksum(cells), len(table))

# Churn: garbage of several sizes, while replacing a slice of the live set.
for round in range(6):
    junk = []
    for j in range(20000):
        junk.append([j, j * 1.5, str(j)])
        if len(junk) > 500:
            junk = []
    for k in range(round, n, 50):
        cells[k] = Cell(k)
    print(round, checksum(cells), sum(table[k].i for k in table) == sum(range(0, n, 7)))

# Drop half, churn again: the survivors are still right.
del cells[::2]
big = [bytes(100 + j % 300) for j in range(3000)]
big = None
print(len(cells), checksum(cells) == sum(range(1, n, 2)))
