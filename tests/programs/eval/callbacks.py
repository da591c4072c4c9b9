# Evaluated functions passed to compiled code and to built-ins, and
# exceptions raised in them passing through compiled frames.
def apply_all(fns, v):
    return [fn(v) for fn in fns]


def call_twice(fn):
    try:
        return fn() + fn()
    finally:
        print("call_twice done")


exec("""
def inc(v):
    return v + 1
def neg(v):
    return -v
def bad():
    raise IndexError("from evaluated code")
result = apply_all([inc, neg, str], 5)
""")
print(result)
print(sorted([5, 2, 8], key=neg), list(filter(lambda v: v > 1, map(inc, [0, 1, 2]))))
try:
    call_twice(bad)
except IndexError as e:
    print("caught", e)
try:
    exec("call_twice(bad)")
except IndexError as e:
    print("caught again", e)
counter = eval("[0]")
def tick():
    counter[0] += 1
    return counter[0]
print(eval("call_twice(tick)"), counter)
