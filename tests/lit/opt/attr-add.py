# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# `self.name = v` in __init__ usually adds the name to a fresh instance's
# dict: at -O1 and above it appends the entry inline when the object's class
# is in the site cache's class part (words 4..11, epoch word 2), the dict's
# index has the size the cache remembers (word 12), the name's first probe
# slot (word 13) in it is empty and index_used < cap. The append stores the
# key, the value and the cached hash (word 14), the slot and the counts; no
# call on that path. Anything else calls kr_setattr_add_cached.

# The cache starts with no entry position and no index size (all ones).
# CHECK: @attr.addcache.x = private global [15 x i64] [i64 -1, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 -1, i64 0, i64 0]

# CHECK-LABEL: define internal {{.*}}@py.P.__init__(
# CHECK: add.obj:
# CHECK: %add.type = load i64, ptr
# CHECK-DAG: %add.epoch = load i64, ptr getelementptr inbounds (i8, ptr @attr.addcache.x, i64 16)
# CHECK-DAG: %class.epoch = load i64, ptr @kr_class_epoch
# CHECK: icmp eq i64 %add.epoch, %class.epoch
# CHECK: add.class:
# The dict (instance word 1), then its index size (dict byte 48).
# CHECK: icmp eq i64 %{{[0-9]+}}, 0
# CHECK: add.sized:
# CHECK: %add.index = load ptr
# CHECK: %add.slot = load i64, ptr getelementptr inbounds (i8, ptr @attr.addcache.x, i64 104)
# CHECK: %add.slotvalue = load i8
# CHECK: %add.iused = load i64
# CHECK: %add.cap = load i64
# CHECK: icmp eq i8 %add.slotvalue, 0
# CHECK: icmp ult i64 %add.iused, %add.cap
# The append: entry {key, value, hash} at `filled`, the slot, filled, used
# and index_used; then the next store, with no call in between.
# CHECK: %add.filled = load i64
# CHECK: %add.entries = load ptr
# CHECK: mul i64 %add.filled, 24
# CHECK: store i64 %param1, ptr
# CHECK: %add.hash = load i64, ptr getelementptr inbounds (i8, ptr @attr.addcache.x, i64 112)
# CHECK: store i64 %add.hash
# CHECK: [[FILLED:%[0-9]+]] = add i64 %add.filled, 1
# CHECK: [[BYTE:%[0-9]+]] = trunc i64 [[FILLED]] to i8
# CHECK: store i8 [[BYTE]]
# CHECK: store i64 [[FILLED]]
# CHECK: %add.used = load i64
# CHECK: add nuw i64 %add.iused, 1
# CHECK-NOT: call
# CHECK: br label %add.obj
# CHECK: add.dict:
# CHECK: %add.isize = load i64
# CHECK: %add.cachedisize = load i64, ptr getelementptr inbounds (i8, ptr @attr.addcache.x, i64 96)
# CHECK: icmp eq i64 %add.isize, %add.cachedisize
# CHECK: add.slow:
# CHECK: call i64 @kr_setattr_add_cached(i64 %param, i64 %{{[0-9]+}}, i64 %param1, ptr nonnull @attr.addcache.x)
# CHECK-NOT: @kr_setattr_cached(

# A store to another object, or outside __init__, keeps the replacing path.
# CHECK-LABEL: define internal {{.*}}@py.P.move(
# CHECK-NOT: attr.addcache
# CHECK: call i64 @kr_setattr_cached(
# CHECK-LABEL: define {{.*}}@py.P.move.generic(

# O0-NOT: attr.addcache
# O0: call i64 @kr_setattr(


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, d):
        self.x = self.x + d


ps = [P(i, i) for i in range(10)]
ps[3].move(2)
print(ps[3].x, ps[3].y)
