# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 %s -o - | sed -n '/^define .*@py.total(/,/^}/p' | FileCheck %s --check-prefix=TOTAL
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# Native entries (codegen/EmitNativeCall.cpp): a top-level function's body is
# an LLVM function taking one argument per parameter, doubles for the
# parameters every caller passes a float, and returning {double, i1 failed}
# when every return gives a float. Calls of stable functions pass their
# operands directly (no argument array) and keep the double result unboxed.

# `dist` takes two doubles and returns a double; nothing boxes its result.
# CHECK-LABEL: define internal {{.*}}{ double, i1 } @py.dist(double %param, double %param1)
# CHECK-NOT: @kr_float_new
# CHECK: ret { double, i1 }
# CHECK-LABEL: define internal {{.*}}@py.dist.generic(i64 %self, ptr {{.*}}%args)
def dist(x, y):
    d = x - y
    return d * d + 0.5


# `weight` (small, no loop, no calls) gets LLVM's inline hint, and its
# calls inside loops are alwaysinline: `total`'s loop calls neither it nor
# `dist` through an argument array, and allocates no float.
# CHECK-LABEL: define internal {{.*}}@py.weight(
# CHECK-SAME: #[[HINT:[0-9]+]] {
def weight(i):
    return 1.0 / (i + 1)


# TOTAL: define internal {{.*}}{ double, i1 } @py.total(i64 %param)
# TOTAL-NOT: alloca
# TOTAL-NOT: @kr_call(
# TOTAL-NOT: @py.weight(
# TOTAL-NOT: @kr_float_new
# TOTAL: fdiv double
# TOTAL-NOT: @kr_float_new
# TOTAL: {{^}}}
def total(n):
    t = 0.0
    i = 0
    while i < n:
        t = t + dist(t, 1.5) * weight(i)
        i += 1
    return t


# A function used as a value (map) keeps its generic entry: it reads the
# slots, calls the native entry (never inlined there) and boxes the double.
# CHECK-LABEL: define internal {{.*}}@py.total.generic(
# CHECK: call fastcc { double, i1 } @py.total(i64 %n) #[[NOINLINE:[0-9]+]]
# CHECK: call i64 @kr_float_new(double
# CHECK-DAG: attributes #[[HINT]] = { inlinehint nounwind }
# CHECK-DAG: attributes #[[NOINLINE]] = { noinline }
print(total(10), list(map(total, [3])))

# At -O0 there are no native entries: one code entry per function.
# O0: define internal i64 @py.dist(i64 %self, ptr %args)
# O0-NOT: @py.dist.generic
