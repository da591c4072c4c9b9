# --emit=ir prints the typed SSA IR. A chained comparison evaluates its middle
# operand once; locals of functions are slots, module names are globals.
# RUN: %krait build %s --emit=ir -o - | FileCheck %s
# CHECK-LABEL: func @<module>
# CHECK: make.function @between
# CHECK: global.store "between"
# CHECK-LABEL: func @between
# CHECK: %[[X:[0-9]+]] = slot.load 1
# CHECK: binary lt, %{{[0-9]+}}, %[[X]]
# CHECK: binary lt, %[[X]], %{{[0-9]+}}
# CHECK-NOT: slot.load 1
# CHECK: {{^}}}
def between(lo, x, hi):
    return lo < x < hi


print(between(1, 2, 3))
