# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# In a loop, an attribute load of an object that an earlier access in the
# same IR block found to be an instance of a user class with a dict starts
# from that dict (an object's type and, once set, its dict word never
# change): the earlier access's join carries the dict (0 from its slow
# path), and a non-zero dict skips the tag, flags and dict checks; only the
# entry is checked. Here `p.y` after `p.x`: its full check runs only after
# `p.x` missed.

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: attr.slow:
# CHECK: call i64 @kr_getattr_cached(i64 [[P:%[0-9]+]], i64 %{{[0-9]+}}, ptr nonnull @attr.cache.x)
# CHECK: attr.known:
# CHECK: %attr.knowndict = phi i64
# CHECK: call i64 @kr_getattr_cached(i64 [[P]], i64 %{{[0-9]+}}, ptr nonnull @attr.cache.y)


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


def total(ps):
    t = 0
    for p in ps:
        t += p.x + p.y
    return t


print(total([P(), P()]))
