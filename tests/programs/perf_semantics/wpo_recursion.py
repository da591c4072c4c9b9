# Recursive and mutually recursive stable functions: the inferred types hold
# for every call (ints stay exact and promote to big ints, floats stay floats).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def halve(x, depth):
    if depth == 0:
        return x
    return halve(x / 2.0, depth - 1)


def mixed(n):
    # One branch returns an int, the other a float: the result is object.
    if n % 2:
        return n
    return n / 4


print(fib(20))
print(fact(25))
print(fact(30) // fact(28))
print(is_even(10), is_odd(7))
print(halve(1.0, 10))
print(mixed(3), mixed(6), mixed(3) + mixed(6))
