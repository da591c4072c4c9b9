# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O1 %s -o - | FileCheck %s --check-prefix=O1
# Boxing a float in a loop allocates inline (runtime/gc_fast.h, imported by
# runtime inlining at -O2): the class's bump region in kr_gc_bumps (16-byte
# atomic floats: [1][0], at byte 128) is checked with one compare, bumped
# with one store, and the box's two fields are stored; only an empty region
# calls the collector's slow path.

# CHECK-LABEL: define internal {{.*}}@py.fill(
# CHECK: [[NEXT:%[0-9]+]] = load i64, ptr getelementptr inbounds (i8, ptr @kr_gc_bumps, i64 128)
# CHECK-NEXT: [[END:%[0-9]+]] = load i64, ptr getelementptr inbounds (i8, ptr @kr_gc_bumps, i64 136)
# CHECK-NEXT: [[LEFT:%[0-9]+]] = sub i64 [[END]], [[NEXT]]
# CHECK-NEXT: [[EMPTY:%[0-9]+]] = icmp ult i64 [[LEFT]], 16
# CHECK-NEXT: br i1 [[EMPTY]], label %[[SLOW:[0-9]+]], label %[[FAST:[0-9]+]]
# CHECK: [[FAST]]:
# CHECK-NEXT: [[BUMPED:%[0-9]+]] = add i64 [[NEXT]], 16
# CHECK-NEXT: store i64 [[BUMPED]], ptr getelementptr inbounds (i8, ptr @kr_gc_bumps, i64 128)
# CHECK: [[SLOW]]:
# CHECK-NEXT: call {{.*}}gc_alloc
# CHECK: kr_float_new.exit:
# CHECK-NEXT: store ptr @kr_type_float
# CHECK: store double
# CHECK-LABEL: {{^}}}

# -O1 imports no runtime bodies: the box is a call.
# O1-LABEL: define internal {{.*}}@py.fill(
# O1: call i64 @kr_float_new(
# O1-NOT: @kr_gc_bumps
# O1-LABEL: {{^}}}


def fill(n):
    out = [0.0] * n
    x = 0.0
    for i in range(n):
        x = x + 0.5
        out[i] = x
    return out


print(fill(4))
