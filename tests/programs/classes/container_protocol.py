class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid()
g[1, 2] = 5
g["a"] = 1
print(g[1, 2], g[0, 0], len(g), (1, 2) in g, (3, 3) in g, (3, 3) not in g)
del g["a"]
print(len(g), "a" in g)
g[0, 0] = 9
print(g[0, 0])
