# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s
# `perm[: k + 1] = perm[k::-1]` (one list reversing its first k + 1 items)
# is a swap loop in place when perm is exactly a list and k a small int with
# 0 <= k < len(perm) (codegen/EmitSlice.cpp); other values take the general
# slice copy, kr_setitem_slice_from. Nothing is allocated either way.

# CHECK-LABEL: define internal {{.*}}@py.flips(
# CHECK: icmp ult i64
# CHECK: reverse.loop:
# CHECK: store i64
# CHECK: store i64
# CHECK: call i64 @kr_setitem_slice_from(
# CHECK-NOT: kr_list_new
# CHECK: {{^}}}
def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[: k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n


print(flips([3, 1, 4, 0, 2]))
