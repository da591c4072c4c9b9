# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s
# Whole-program kinds of globals, attributes and mixed arithmetic
# (ir/passes/ProgramKindFacts.cpp, ProgramTypes.cpp):
#  - `SCALE` and `STEPS` are bound once each by the module's top level: their
#    loads are `float` and `int`;
#  - `Body(...)` is only ever called with floats, so `__init__`'s parameters
#    are floats, and every store of `x` and `m` stores a float: the loads of
#    those attributes are `float`;
#  - no class defines arithmetic dunders and no complex exists (the numeric
#    closure), so `float * object` is a float, and `d ** 0.5` of a sum of
#    squares is a float (a negative base could give a complex).

SCALE = 2.0 * 3
STEPS = 10


class Body:
    def __init__(self, x, m):
        self.x = x
        self.m = m * SCALE


# CHECK-LABEL: func @Body.__init__(self, x, m)
# CHECK: %0 = param 0
# CHECK: %1:float = param 1
# CHECK: %2:float = param 2
# CHECK: %{{[0-9]+}}:float = global.load "SCALE"
# CHECK: {{^}}}

# CHECK-LABEL: func @pull(a, b, items)
# CHECK: %{{[0-9]+}}:int = global.load "STEPS"
# CHECK: %[[AX:[0-9]+]]:float = getattr %0, "x"
# CHECK: %[[BX:[0-9]+]]:float = getattr %1, "x"
# CHECK: %[[D:[0-9]+]]:float = binary sub, %[[AX]], %[[BX]]
# CHECK: %[[SQ:[0-9]+]]:float = binary mul, %[[D]], %[[D]]
# CHECK: :float = binary pow, %[[SQ]]
# CHECK: :float = getattr %0, "m"
# CHECK: :float = binary mul, %{{[0-9]+}}, %{{[0-9]+}}
# CHECK: {{^}}}
def pull(a, b, items):
    for _ in range(STEPS):
        d = a.x - b.x
        r = (d * d) ** 0.5
        a.x = a.x - r * a.m * items[0]
    return a.x


# A list item is an object: a float times it is a float.
print(pull(Body(1.0, 2.0), Body(0.5, 1.0), [0.001]))
