# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# Slices used only as subscripts are never built: the subscript passes their
# parts. A slice copy between lists (`p[: k + 1] = p[k::-1]`) is one
# kr_setitem_slice_from call when the source is a list and `k` a small int
# (else the getitem runs where it stands). `in` calls kr_contains, which
# answers with a C int, and cells are read and written in place.

# CHECK-LABEL: define internal {{.*}}@py.flip(
# CHECK-NOT: kr_build_slice
# CHECK: call i64 @kr_getitem_slice(
# The guard: a small-int k and a list source defer the getitem...
# CHECK: icmp eq i64 %{{.*}}, ptrtoint (ptr @kr_type_list to i64)
# CHECK: call i64 @kr_getitem_slice(
# ...and the setitem copies directly, or stores the list the getitem made.
# CHECK-DAG: call i64 @kr_setitem_slice_from(
# CHECK-DAG: call i64 @kr_setitem_slice(
# CHECK-NOT: kr_build_slice
# CHECK-LABEL: define
def flip(perm1):
    perm = perm1[:]
    k = perm[0]
    while k:
        perm[: k + 1] = perm[k::-1]
        k = perm[0]
    return perm


# A slice that is more than an index (here an item of a tuple index) is
# built as before.
# CHECK-LABEL: define internal {{.*}}@py.escapes(
# CHECK: call i64 @kr_build_slice(
# CHECK-LABEL: define
def escapes(a, i):
    return a[i:, 0]


# CHECK-LABEL: define internal {{.*}}@py.count(
# CHECK: call i32 @kr_contains(
# CHECK: call i32 @kr_contains(
# CHECK-LABEL: define
def count(n, seen):
    c = 0
    for i in range(n):
        if i in seen or i + 1 not in seen:
            c += 1
    return c


# Closure cells: loads and stores of their item, no kr_getitem/kr_setitem.
# CHECK-LABEL: define internal {{.*}}@"py.outer.<locals>.inner"(
# CHECK-NOT: call i64 @kr_getitem(
# CHECK-NOT: call i64 @kr_setitem(
# CHECK: ret i64
def outer():
    total = 0

    def inner(x):
        nonlocal total
        total += x
        return total

    return inner


# -O0 keeps the generic calls.
# O0-LABEL: define internal {{.*}}@py.flip(
# O0: call i64 @kr_build_slice(
# O0: call i64 @kr_getitem(
# O0: call i64 @kr_setitem(
# O0-LABEL: define internal {{.*}}@py.count(
# O0: call i64 @kr_binary_op(

class Grid:
    def __getitem__(self, i):
        return i


print(flip([3, 1, 2, 0]), escapes(Grid(), 1), count(5, {2}), outer()(3))
