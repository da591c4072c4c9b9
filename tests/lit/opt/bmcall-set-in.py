# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `c not in cols` for a small int c: when cols is an exact set, the slot
# (c & mask) of its table is read inline; holding c (present) or nothing
# (absent) settles the test with no call. A set without a table is empty.
# Anything else (another key, a dummy, another container, a big int) calls
# kr_contains.

# CHECK-LABEL: define internal {{.*}}@py.count_free(
# CHECK: %setin.type = load i64, ptr
# CHECK-NEXT: icmp eq i64 %setin.type, ptrtoint (ptr @kr_type_set to i64)
# CHECK: %setin.table = load ptr
# CHECK: icmp eq ptr %setin.table, null
# CHECK: setin.probe:
# CHECK-NEXT: %setin.mask = load i64
# CHECK-NOT: call
# CHECK: %setin.key = load i64
# CHECK-NOT: call
# CHECK: icmp eq i64 %setin.key, 0
# CHECK: call i32 @kr_contains(
# CHECK: {{^}}}
def count_free(cols, n):
    k = 0
    for c in range(n):
        if c not in cols:
            k += 1
    return k


print(count_free({1, 3}, 5))
