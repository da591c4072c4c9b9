# Recursion: direct, mutual, with default accumulators, memo in a closure.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(x, acc=None):
    if acc is None:
        acc = []
    for item in x:
        if isinstance(item, list):
            flatten(item, acc)
        else:
            acc.append(item)
    return acc


def memo_fib():
    cache = {}

    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib


print(fact(25))
print(is_even(10), is_odd(7), is_even(3))
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
print(memo_fib()(90))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
