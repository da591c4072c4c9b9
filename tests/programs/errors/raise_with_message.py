# raising an exception instance with a message
def check(n):
    if n > 10:
        raise RuntimeError("too big: " + str(n))
    return n

print(check(3))
print(check(11))
