# for over range, list, tuple, str, dict with break/continue/else
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for item in [1, "two"]:
    print("list", item)
for item in (3.0, None):
    print("tuple", item)
for ch in "hi":
    print("str", ch)
for k in {"p": 1, "q": 2}:
    print("dict", k)
for i in range(5):
    if i % 2:
        continue
    if i == 4:
        break
    print("even", i)
else:
    print("not printed")
for i in range(2):
    pass
else:
    print("for else ran, i =", i)
for i in []:
    print("never")
else:
    print("empty loop else")
