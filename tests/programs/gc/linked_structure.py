# a long linked structure of nested lists is kept alive through collections
import gc

head = None
for i in range(5000):
    head = [i, head]
    if i % 1000 == 999:
        gc.collect()
count = 0
total = 0
node = head
while node is not None:
    count += 1
    total += node[0]
    node = node[1]
print(count, total)
gc.collect()
print(head[0], head[1][0])
