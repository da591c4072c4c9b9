# factorial of 200 needs arbitrary precision
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

print(fact(20))
print(fact(21))
print(fact(200))
print(len(str(fact(200))))
print(fact(200) // fact(198))
