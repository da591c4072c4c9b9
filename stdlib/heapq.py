# heapq: a binary min-heap on a list, MicroPython's subset (heappush, heappop,
# heapify) plus CPython's heapreplace, heappushpop, nlargest and nsmallest.


def _sift_down(heap, start, pos):
    # Move heap[pos] up towards start until its parent is not larger.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # Move the smaller child up until a leaf, then settle the item there
    # (fewer comparisons than stopping early; see Knuth 5.2.3).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("empty heap")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("empty heap")
    top = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError("heap must be a list")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_up(x, i)


def nsmallest(n, iterable, key=None):
    items = sorted(iterable, key=key)
    return items[:n]


def nlargest(n, iterable, key=None):
    items = sorted(iterable, key=key, reverse=True)
    return items[:n]
