# conditional expressions
def sign(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"

print(sign(5), sign(-2), sign(0))
a = 1 if [] else 2
b = "yes" if "s" else "no"
print(a, b)
print(10 if True else 1 / 0)
