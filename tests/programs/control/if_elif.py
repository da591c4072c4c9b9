# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 10, 2 ** 70):
    print(v, classify(v))
x = 5
if x > 3:
    if x > 4:
        print("nested true")
    else:
        print("nested false")
if 0:
    print("no")
elif "":
    print("no")
else:
    print("else branch")
