# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s --check-prefix=LLVM
# Element kinds of lists (ir/passes/ListKinds.cpp): `xs` and `ys` only ever
# hold floats (displays of floats, `[0.5] * 2`, item stores of floats), and
# they reach `dot` and `fill` only through their parameters, so `u[i]` and
# `v[i]` are float reads: no list-type test, no float-type test of the item.
# `zs` gets an int appended by `spoil`, so `dot2`'s reads stay objects.
# `counts` only holds ints (an int read). A list stored into a tuple
# escapes: `kept` stays an object list.

# CHECK-LABEL: func @dot(u, v)
# CHECK: %{{[0-9]+}}:float = getitem %0,
# CHECK: %{{[0-9]+}}:float = getitem %1,
# CHECK: {{^}}}
# LLVM-LABEL: define internal {{.*}}@py.dot(
# LLVM-NOT: kr_type_list
# LLVM-NOT: kr_type_float
# LLVM-NOT: kr_type_tuple
# LLVM: fmul double
# LLVM: {{^}}}
def dot(u, v):
    s = 0.0
    for i in range(len(u)):
        s += u[i] * v[i]
    return s


# CHECK-LABEL: func @fill(v, x)
# CHECK: %{{[0-9]+}}:float = getitem %0,
# CHECK: {{^}}}
def fill(v, x):
    for i in range(len(v)):
        v[i] = x * i + v[i - 1]


# CHECK-LABEL: func @dot2(u, v)
# CHECK-NOT: :float = getitem
# CHECK: = getitem %0,
# CHECK-NOT: :float = getitem
# CHECK: {{^}}}
# LLVM-LABEL: define internal {{.*}}@py.dot2(
# LLVM: kr_type_list
# LLVM: {{^}}}
def dot2(u, v):
    s = 0.0
    for i in range(len(u)):
        s += u[i] * v[i]
    return s


def spoil(a):
    a.append(1)


# CHECK-LABEL: func @count(c, kept)
# CHECK: %{{[0-9]+}}:int = getitem %0,
# CHECK-NOT: :float = getitem
# CHECK: {{^}}}
def count(c, kept):
    for i in range(len(c)):
        c[i] = c[i] + 1
    return c[0] + kept[0]


xs = [1.0, 2.0]
ys = [0.5] * 2
fill(ys, 0.25)
print(dot(xs, ys))
zs = [1.0, 2.0]
spoil(zs)
print(dot2(zs, zs))
counts = [0] * 3
kept = [1.0]
box = (kept,)
print(count(counts, kept))
