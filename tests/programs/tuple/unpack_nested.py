# tuples in unpacking and returned from functions
def divmod_pair(a, b):
    return a // b, a % b

q, r = divmod_pair(17, 5)
print(q, r)
res = divmod_pair(-17, 5)
print(res, res[0], res[1])
point = (3, (4, 5))
x, (y, z) = point
print(x, y, z)
records = ((1, "a"), (2, "b"))
for num, letter in records:
    print(num, letter)
t = ((1, 2), (3, 4))
print(t[1][0], t[-1][-1])
