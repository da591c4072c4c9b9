# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Outside loops the inline paths take the forms with the fewest blocks (code
# generation costs per block); in loops the forms with the fewest instructions.
#  - a comparison only tested for truth is a bit: == on a str constant is
#    kr_binary_op and a compare with True (no small-int or float path: a str
#    is neither); < goes through the shared krait.compare.truth slow path;
#  - a float comparison operand outside loops reads the krait.not.float
#    stand-in for a small int instead of branching around the read;
#  - a global load outside loops tests both version stamps with one branch
#    (the builtins stamp read through a select); in loops, one branch each.

# CHECK-LABEL: define internal {{.*}}@py.pick(
# CHECK-DAG: call i64 @kr_binary_op(i32 2, i64 %param,
# CHECK-DAG: icmp eq i64 %{{[0-9]+}}, ptrtoint (ptr @kr_True to i64)
# CHECK-DAG: select i1 %{{[0-9]+}}, ptr @krait.not.float, ptr %{{[0-9]+}}
# CHECK-DAG: select i1 %{{[0-9]+}}, i64 %{{[0-9]+}}, i64 ptrtoint (ptr @global.cache.show{{[.0-9]*}} to i64)
# CHECK-DAG: call fastcc i32 @krait.compare.truth(i32 0,
# CHECK-NOT: global.checkb
# CHECK-LABEL: define internal {{.*}}@py.count_below(
# CHECK-NOT: @krait.not.float
# CHECK: global.checkb
# CHECK-NOT: @krait.not.float
# CHECK-LABEL: define internal {{.*}}@py.count_below.generic(
# CHECK: define private fastcc i32 @krait.compare.truth(i32 %0, i64 %1, i64 %2) {{.*}}#[[HELPER:[0-9]+]]
# CHECK: call i64 @kr_binary_op(i32 %0, i64 %1, i64 %2)
# CHECK: call i32 @kr_truthy(
# CHECK: attributes #[[HELPER]] = { noinline nounwind }


def show(x):
    print("show", x)


def pick(op, a, b):
    if op == "+":
        return a + b
    if a < b:
        show(a)
        return len(a)
    return b


def count_below(xs, y):
    n = 0
    for x in xs:
        if x < y:
            n += abs(x)
    return n


print(pick("+", 1, 2), pick("-", 3.5, 2), pick("x", "ab", "b"), count_below([1, 2.5, 3], 2.0))
