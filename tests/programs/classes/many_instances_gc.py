import gc


def make_class(i):
    class Node:
        tag = "n%d" % i

        def __init__(self, nxt):
            self.nxt = nxt
            self.payload = [i] * 4

    return Node


head = None
classes = [make_class(i) for i in range(50)]
for i in range(20000):
    head = classes[i % 50](head)
    if i % 5000 == 0:
        gc.collect()
classes = None
gc.collect()
count = 0
tags = set()
node = head
while node is not None:
    count += 1
    tags.add(type(node).tag)
    node = node.nxt
print(count, len(tags), type(head).__name__, head.payload)
