# equality and ordering of lists, and nested mutation
a = [1, 2, [3, 4]]
b = [1, 2, [3, 4]]
print(a == b, a is b, a != b)
b[2].append(5)
print(a == b, a < b, b > a)
print([1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
grid = [[0, 0], [0, 0]]
grid[1][0] = 7
print(grid)
row = [0] * 3
rows = [row, row]
rows[0][1] = 1
print(rows)
