# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Attribute sites outside loops of the module body (which runs once) get
# their checks in one block with one branch (fewer blocks to compile): a
# failed check reads a private stand-in constant from then on (word 0 points
# at itself, so as an object its type is itself with flags 0; its dict word,
# `filled` and index size are 0), so every later check fails too. A load
# reads the value before the branch; a miss calls kr_getattr_cached /
# kr_setattr_cached as the branchy forms do. Functions keep the branchy
# forms (loop-free functions are often called from loops).

# CHECK: @krait.attr.standin = private constant [8 x i64] [i64 ptrtoint (ptr @krait.attr.standin to i64), i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]

# CHECK-LABEL: define internal {{.*}}@py.P.get(
# CHECK-NOT: krait.attr.standin
# CHECK: attr.obj:
# CHECK-LABEL: define internal {{.*}}@py.P.get.generic(

# CHECK-LABEL: define internal {{.*}}@"py.<module>"(
# The store `p.x = 3`.
# CHECK: select i1 %{{[0-9]+}}, ptr %{{[0-9]+}}, ptr @krait.attr.standin
# CHECK: %flat.type = load i64
# CHECK: %flat.epoch = load i64
# CHECK: %flat.key = load i64
# CHECK: br i1 %{{[0-9]+}}, label %store.hit, label %store.slow
# CHECK: call i64 @kr_setattr_cached(
# The load `p.x`.
# CHECK: select i1 %{{[0-9]+}}, ptr %{{[0-9]+}}, ptr @krait.attr.standin
# CHECK: %flat.type{{[0-9]*}} = load ptr
# CHECK: %flat.index{{[0-9]*}} = load i64
# CHECK: %attr.value = load i64
# CHECK-NEXT: br i1 %{{[0-9]+}}, label %{{[a-z.0-9]+}}, label %attr.slow
# CHECK: call i64 @kr_getattr_cached(


class P:
    def __init__(self):
        self.x = 0

    def get(self):
        return self.x


p = P()
p.x = 3
print(p.x, p.get())
