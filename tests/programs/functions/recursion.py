# recursive functions
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

print(fact(10), fact(30))
print(fib(20))
print(ack(2, 3), ack(3, 3))
print(gcd(1071, 462), gcd(2 ** 80, 6 ** 20))

def count_down(n, out):
    if n < 0:
        return out
    out.append(n)
    return count_down(n - 1, out)

print(count_down(5, []))
