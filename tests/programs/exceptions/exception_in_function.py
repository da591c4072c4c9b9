# exceptions propagate out of functions to the caller's handler
def parse(s):
    return int(s)

def safe_parse(s, default=0):
    try:
        return parse(s)
    except ValueError:
        return default

print(safe_parse("12"), safe_parse("zz"), safe_parse("x", -1))

def chain(n):
    if n == 0:
        raise IndexError("bottom")
    chain(n - 1)

try:
    chain(10)
except IndexError as e:
    print("propagated:", e)

def state_after():
    items = []
    try:
        items.append(1)
        raise ValueError
    except ValueError:
        items.append(2)
    items.append(3)
    return items

print(state_after())
