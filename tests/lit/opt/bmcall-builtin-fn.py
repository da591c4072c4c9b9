# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `len(x)` through the global `len`: the call checks inline that the callee
# is a built-in function whose bounds (min, max) admit one argument and calls
# its C function with the argument array directly; anything else (a rebound
# global, a wrong count) is kr_call. No kr_check_args on either path.

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: bfcall.obj:
# CHECK: %bfcall.type = load i64, ptr
# CHECK: icmp eq i64 %bfcall.type, ptrtoint (ptr @kr_type_builtin_function to i64)
# CHECK: bfcall.builtin:
# CHECK: %bfcall.min = load i16
# CHECK: %bfcall.max = load i16
# CHECK: bfcall.direct:
# CHECK-NEXT: getelementptr inbounds i8, ptr %{{[0-9]+}}, i64 16
# CHECK-NEXT: %bfcall.fn = load ptr
# CHECK-NEXT: call i64 %bfcall.fn(i64 1, ptr nonnull %args, i64 0)
# CHECK: bfcall.generic:
# CHECK-NEXT: call i64 @kr_call(
# CHECK-NOT: kr_check_args
# CHECK: {{^}}}
def total(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


# A module function called through its global keeps its own paths.
# CHECK-LABEL: define internal {{.*}}@py.twice(
# CHECK-NOT: bfcall
# CHECK: {{^}}}
def twice(xs):
    return total(xs) * 2


print(total(["ab", [1]]), twice([()]))
