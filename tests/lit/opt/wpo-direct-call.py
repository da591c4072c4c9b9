# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A call of a stable function (`func(F)`-typed callee) is a direct call of its
# native entry with no check of the callee's type or code info. `fib`'s
# recursive calls stay calls (LLVM cannot inline them all).

# CHECK-LABEL: define internal {{.*}}@py.fib(
# CHECK-NOT: @kr_type_function
# CHECK-NOT: @kr_call(
# CHECK: call {{.*}}@py.fib(
# CHECK-NOT: @kr_type_function
# CHECK-NOT: @kr_call(
# CHECK-LABEL: define
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# `float` parameters and results cross the call as doubles (native entries,
# codegen/EmitNativeCall.cpp): `scale`, small and called in a loop, is
# inlined and folded, the caller's arithmetic stays on doubles and no float
# is allocated in the loop (only the result, boxed at the return: `run` is
# only called by map()).
# CHECK-LABEL: define internal {{.*}}@py.run(
# CHECK-NOT: @kr_type_function
# CHECK-NOT: @py.scale(
# CHECK: fadd double
# CHECK-NOT: @py.scale(
# CHECK: call i64 @kr_float_new(double
# CHECK-NOT: @py.scale(
# CHECK-LABEL: define
def scale(x, k):
    return x * k


def run(n):
    t = 0.0
    for i in range(n):
        t = t + scale(0.5, 2.0)
    return t


print(fib(20), list(map(run, [10])))
