# allocation inside recursive calls with collections in the middle
import gc

def build(depth):
    if depth == 0:
        return []
    inner = build(depth - 1)
    if depth % 50 == 0:
        gc.collect()
    return [depth, inner]

tree = build(400)
n = 0
node = tree
while node:
    n += 1
    node = node[1]
print(n, tree[0], tree[1][0])

def churn(k):
    out = 0
    for i in range(k):
        t = (i, str(i), [i])
        out += len(t[1])
    return out

print(churn(5000))
gc.collect()
print(churn(10))
