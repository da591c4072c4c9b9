# comparisons, including chained ones
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(1 < 2 > 0, 5 > 4 < 3)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a")
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1] == [1.0])
print(1 == 1.0, 2 > 1.5, -1 < -0.5)
print(None == None, None == 0, "1" == 1)

def noisy(v):
    print("eval", v)
    return v

print(noisy(3) < noisy(2) < noisy(1))
print(noisy(1) < noisy(2) < noisy(3))
