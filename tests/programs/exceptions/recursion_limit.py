# unbounded recursion raises RuntimeError instead of crashing
def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RuntimeError as e:
    print("RuntimeError:", e)

def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1

try:
    deep(100000)
    print("no error")
except RuntimeError as e:
    print("caught", e)
print(deep(100))
