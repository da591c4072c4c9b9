# Statements run by exec() at module level: names land in the module's globals.
exec("""
x = 1
x += 4
a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
(p, q), r = (1, 2), 3
lst = [0, 0, 0]
lst[1] = 5
lst[2] += 7
total = 0
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    total += i
else:
    total = -1
n = 0
while n < 3:
    n += 1
else:
    n *= 10
if x > 10:
    kind = "big"
elif x > 3:
    kind = "medium"
else:
    kind = "small"
found = None
for ch in "xyz":
    if ch == "q":
        found = ch
        break
else:
    found = "none"
tmp = 1
del tmp
del lst[0]
pass
assert x == 5, "x should be 5"
""")
print(x, a, b, first, rest, init, last, p, q, r)
print(lst, total, n, kind, found)
print("tmp" in globals())
try:
    exec("assert x == 6, 'x is ' + str(x)")
except AssertionError as e:
    print("AssertionError:", e)
try:
    exec("assert False")
except AssertionError as e:
    print("bare assert", e.args)
try:
    exec("del never_defined")
except NameError as e:
    print(e)
try:
    exec("u, v = [1, 2, 3]")
except ValueError as e:
    print(e)
