# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s
# infer-types narrows only what holds for every value: constants, arithmetic
# on exact ints/floats and phis of them. Parameters and call results stay
# `object`, and a phi mixing an int and a float is `object`. (`h + n`, a
# float plus an object, is a float only by the whole-program numeric closure:
# no class of the program defines arithmetic dunders and no complex exists.)

# CHECK-LABEL: func @ints(n)
# CHECK: %[[I:[0-9]+]]:int = phi
# CHECK: %{{[0-9]+}}:int = binary mul, %[[I]]
# CHECK: %{{[0-9]+}}:float = binary truediv
# CHECK: %{{[0-9]+}}:float = binary add, %{{[0-9]+}}, %0
# CHECK: {{^}}}
def ints(n):
    k = 1
    while k < 100:
        k = k * 3
    h = k / 2
    return h + n


# CHECK-LABEL: func @mixed(flag)
# CHECK: %{{[0-9]+}} = phi
# CHECK-NOT: :float = phi
# CHECK: {{^}}}
def mixed(flag):
    x = 1
    if flag:
        x = 2.5
    return x * 2


# `ints` escapes (map): the whole-program pass leaves its parameter alone.
print(list(map(ints, [1])), mixed(True), mixed(False))
