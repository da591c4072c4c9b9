# --emit=ir prints the typed SSA IR. A chained comparison evaluates its middle
# operand once; locals of functions are slots, module names are globals.
# (-O0: the lowering's own output; -O1 and up run the IR passes, which turn
# the slots into SSA values.)
# RUN: %krait build %s -O0 --emit=ir -o - | FileCheck %s
# RUN: %krait build %s -O2 --emit=ir -o - | FileCheck %s --check-prefix=OPT
# OPT-LABEL: func @between
# OPT: %[[X:[0-9]+]]{{(:int)?}} = param 1
# OPT: binary lt, %{{[0-9]+}}, %[[X]]
# OPT: binary lt, %[[X]], %{{[0-9]+}}
# OPT-NOT: slot.
# OPT: {{^}}}
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
