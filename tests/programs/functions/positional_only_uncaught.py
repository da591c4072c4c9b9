def pow2(base, exp=2, /):
    return base ** exp


print(pow2(3), pow2(2, 10))
print(pow2(base=3))
