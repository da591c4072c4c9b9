# len, min, max, sum on lists
a = [4, -2, 7, 0]
print(len(a), min(a), max(a), sum(a))
print(sum([]), sum([1.5, 2.5]), sum([2 ** 64, 1]))
print(max(["b", "c", "a"]), min([[2], [1, 5]]))
print(max(3, 9, 1), min(3, 9, 1))
print(len([[1, 2], [3]]), sum([10], 5))
