# recursion a few thousand frames deep is fine
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(1000))
print(depth(2000))

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(sum_to(2000))
