# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s
# `for a, b in pairs:` copies an exact tuple of two items inline (a tag test,
# the type word and the length), and calls kr_unpack for anything else
# (codegen/EmitComposite.cpp). Outside loops an unpack is only the call.

# CHECK-LABEL: define internal {{.*}}@py.pair_sum(
# CHECK: @kr_type_tuple
# CHECK: icmp eq i64 %{{.*}}, 2
# CHECK: call i32 @kr_unpack(
# CHECK: {{^}}}
def pair_sum(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s


# CHECK-LABEL: define internal {{.*}}@py.once(
# CHECK-NOT: @kr_type_tuple
# CHECK: call i32 @kr_unpack(
# CHECK: {{^}}}
def once(t):
    a, b = t
    return a - b


print(pair_sum([(1, 2), (3, 4)]), once((5, 3)))
