# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Attribute sites outside loops get their checks in one block with one
# branch (fewer blocks to compile): a failed check reads a private stand-in
# constant from then on (word 0 points at itself, so as an object its type
# is itself with flags 0; its dict word, `filled` and index size are 0), so
# every later check fails too. Loads read the value before the branch; a
# miss calls kr_getattr_cached / kr_setattr_cached as the branchy forms do.

# CHECK: @krait.attr.standin = private constant [8 x i64] [i64 ptrtoint (ptr @krait.attr.standin to i64), i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]

# CHECK-LABEL: define internal {{.*}}@py.P.get(
# CHECK: bb0:
# CHECK: select i1 %{{[0-9]+}}, ptr %{{[0-9]+}}, ptr @krait.attr.standin
# CHECK: %flat.type = load ptr
# CHECK: icmp eq i32 %{{[0-9]+}}, 4
# CHECK: %flat.index = load i64, ptr @attr.cache.x
# CHECK: %flat.key = load i64
# CHECK: %attr.value = load i64
# CHECK-NEXT: br i1 %{{[0-9]+}}, label %common.ret, label %attr.slow
# CHECK: attr.slow:
# CHECK: call i64 @kr_getattr_cached(i64 %param,

# CHECK-LABEL: define internal {{.*}}@py.P.set(
# CHECK: bb0:
# CHECK: %flat.type = load i64
# CHECK: %flat.epoch = load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 16)
# CHECK: %class.epoch = load i64, ptr @kr_class_epoch
# CHECK: %flat.key = load i64
# CHECK: br i1 %{{[0-9]+}}, label %store.hit, label %store.slow
# CHECK: store.hit:
# CHECK-NEXT: getelementptr inbounds i8
# CHECK-NEXT: store i64 %param1
# CHECK: store.slow:
# CHECK: call i64 @kr_setattr_cached(i64 %param,


class P:
    def __init__(self):
        self.x = 0

    def get(self):
        return self.x

    def set(self, v):
        self.x = v


p = P()
p.set(3)
print(p.get())
