# while with break, continue and else
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n >= 3:
        break
print("n", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("not printed")
j = 0
while j < 0:
    j += 1
else:
    print("else of a loop that never ran")
