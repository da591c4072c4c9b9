# integer loops whose accumulators outgrow a machine word
def product(n):
    p = 1
    for i in range(1, n + 1):
        p *= i
    return p

def sum_squares(n):
    s = 0
    i = 0
    while i < n:
        s += i * i
        i += 1
    return s

def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

print(product(25))
print(product(25) // product(23))
print(sum_squares(1000), sum_squares(100000))
print(collatz_steps(27), collatz_steps(2 ** 80))
h = 0
for i in range(100):
    h = (h * 31 + i) % (2 ** 61 - 1)
print(h)
