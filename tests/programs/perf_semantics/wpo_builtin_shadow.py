# A builtin shadowed by a global in another module (and later in this one)
# must not be typed as the builtin anywhere.
import wpo_mod_shadow


def count(s):
    return len(s) * 2


def conv(x):
    return float(x) / 2


print(count("abc"), wpo_mod_shadow.use("abc"))
print(conv(3), wpo_mod_shadow.conv(3))


def setup():
    global float
    float = str


print(conv(5))
setup()
try:
    print(conv(5))
except TypeError as e:
    print("TypeError")
del float
print(conv(7))
