# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# An attribute store at -O1 and above replaces the cached entry's value
# inline: a heap object whose class is in one of the site cache's ways
# (words 4, 6, 8, 10: the runtime found no property, descriptor or
# __setattr__ for the name there, and it remembers only user classes that are
# not exceptions, so no flags test) with the cache's class epoch (word 2)
# equal to kr_class_epoch, an instance dict, the cached position below
# `filled` and that entry holding the cached key. The hit path is one store
# and no call; anything else calls kr_setattr_cached.

# The class epoch is a global that changes: never a constant.
# CHECK: @kr_class_epoch = external {{.*}}global i64

# CHECK-LABEL: define internal {{.*}}@py.P.set(
# CHECK: store.obj:
# CHECK: %store.type = load i64, ptr
# CHECK-NOT: store.inst:
# CHECK-DAG: %store.epoch = load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 16)
# CHECK-DAG: %class.epoch = load i64, ptr @kr_class_epoch
# CHECK-DAG: load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 32)
# CHECK-DAG: load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 80)
# CHECK: icmp eq i64 %store.epoch, %class.epoch
# CHECK: store.class:
# CHECK: store.dict:
# CHECK: %store.index = load i64, ptr @attr.cache.x
# CHECK: icmp ult i64 %store.index,
# CHECK: store.inrange:
# CHECK: %store.key = load i64
# CHECK: %store.cachedkey = load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 8)
# CHECK: icmp eq i64 %store.key, %store.cachedkey
# CHECK: store.hit:
# CHECK-NEXT: [[SLOT:%[0-9]+]] = getelementptr inbounds i8, ptr %{{[0-9]+}}, i64 8
# CHECK-NEXT: store i64 %param1, ptr [[SLOT]]
# CHECK-NEXT: br label
# CHECK: store.slow:
# CHECK: call i64 @kr_setattr_cached(i64 %param, i64 %{{[0-9]+}}, i64 %param1, ptr nonnull @attr.cache.x
# CHECK-NOT: @kr_setattr(
# CHECK: }

# O0-LABEL: define {{.*}}@py.P.set(
# O0: call i64 @kr_setattr(
# O0-NOT: kr_class_epoch
# O0: }


class P:
    def __init__(self):
        self.x = 0

    def set(self, v):
        # In a loop: sites outside loops take the one-branch form (attr-flat.py).
        for i in range(1):
            self.x = v


p = P()
p.set(3)
print(p.x)
