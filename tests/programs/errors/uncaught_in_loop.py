# output produced by earlier iterations comes before the traceback
def inverse(n):
    return 1 / n

for v in [4, 2, 1, 0, -1]:
    print(inverse(v))
