# `a[:k + 1] = a[k::-1]` reverses the first k + 1 items in place
# (codegen/EmitSlice.cpp: an inline swap loop when a is exactly a list and
# 0 <= k < len(a), else the general slice copy). Every other k must behave
# as the two subscripts do.


def flip(a, k):
    a[: k + 1] = a[k::-1]
    return a


def flip_other_order(a, k):
    a[: 1 + k] = a[k::-1]
    return a


for k in range(-7, 8):
    print(k, flip(list(range(5)), k), flip_other_order([0.5, 1.5, 2.5, 3.5, 4.5], k))

print(flip([], 0), flip([], -1), flip([7], 0))
print(flip(list(range(40)), 39)[:3], flip(list(range(40)), 33)[30:36])
print(flip([1, 2, 3], True), flip([1, 2, 3], False))
print(flip(list(range(6)), 2 ** 70), flip(list(range(6)), -(2 ** 70)))

for bad in (1.0, "1", None):
    try:
        flip([1, 2, 3], bad)
    except TypeError:
        print("TypeError", repr(bad))

try:
    flip((1, 2, 3), 1)
except TypeError:
    print("TypeError tuple")


class Logged(list):
    def __setitem__(self, key, value):
        print("set", key.start, key.stop, key.step, value)

    def __getitem__(self, key):
        print("get", key.start, key.stop, key.step)
        return ["got"]


class Plain(list):
    pass


print(flip(Logged([1, 2, 3]), 1), flip(Plain([1, 2, 3]), 1), type(flip(Plain([4]), 0)).__name__)


# The fannkuch loop: flips until the first item is 0.
def count_flips(perm):
    perm = perm[:]
    flips = 0
    k = perm[0]
    while k:
        perm[: k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    return flips, perm


print(count_flips([3, 1, 4, 0, 2]), count_flips([0, 1]), count_flips([5, 4, 3, 2, 1, 0]))

# A list whose items are shared with another list: only its own slots move.
src = [[1], [2], [3]]
dst = src[:]
flip(dst, 2)
print(src, dst, dst[0] is src[2])
