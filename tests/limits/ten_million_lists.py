# Allocates ten million short-lived lists: the collector must reclaim them, so
# the process stays far below the size of all the lists together (~800 MB).
def churn(n):
    total = 0
    for i in range(n):
        items = [i, i + 1, i + 2]
        total += len(items)
    return total


print(churn(10000000))
