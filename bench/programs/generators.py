# generators: a lazy pipeline of generator functions, generator expressions
# and `yield from` delegation: produce numbers, filter, transform, window and
# group them, and reduce the stream to a few checksums.
import sys


def numbers(n):
    seed = 7
    for _ in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        yield seed >> 12


def not_multiple(stream, k):
    for x in stream:
        if x % k:
            yield x


def scaled(stream):
    for x in stream:
        yield (x * 3 + 1) % 1000003


def windows(stream, size):
    window = []
    for x in stream:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def chunks(stream, size):
    chunk = []
    for x in stream:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def running_max(stream):
    best = None
    for x in stream:
        if best is None or x > best:
            best = x
        yield best


def pipeline(n):
    stream = scaled(not_multiple(not_multiple(numbers(n), 3), 5))
    sums = (a + b + c for a, b, c in windows(stream, 3))
    total = 0
    count = 0
    for chunk in chunks(sums, 16):
        total = (total + max(chunk) - min(chunk)) % 1000000007
        count += len(chunk)
    again = sum(x % 97 for x in flatten(chunks(numbers(n // 2), 7)))
    top = 0
    for top in running_max(x % 100003 for x in numbers(n // 2)):
        pass
    evens = sum(1 for x in numbers(n // 4) if not x & 1)
    return count, total, again, top, evens


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
print("count=%d total=%d again=%d top=%d evens=%d" % pipeline(n))
