# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s --check-prefix=IR
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Every call that can enter Vec.scale passes a float (`v.scale(2.0)`,
# `Vec.scale(v, 0.5)`, `super().scale(k)` with k itself a float parameter):
# its parameter k is typed float and its native entry takes a double, which
# the guessed method call passes unboxed. Vec.shift is also called with an
# int, so its parameter stays an object.

# IR-LABEL: func @Vec.scale(
# IR: %{{[0-9]+}}:float = param 1
# IR-LABEL: func @Vec.shift(
# IR: %{{[0-9]+}} = param 1

# CHECK-LABEL: define internal {{.*}}@py.Vec.scale(
# CHECK-SAME: double
# CHECK: {{^}}}
class Vec:
    def __init__(self, x):
        self.x = x

    def scale(self, k):
        return Vec(self.x * k)

    def shift(self, d):
        return Vec(self.x + d)


class Vec2(Vec):
    def scale(self, k):
        return super().scale(k)


v = Vec(1.5)
print(v.scale(2.0).x, Vec.scale(v, 0.5).x, Vec2(3.0).scale(4.0).x)
print(v.shift(1).x, v.shift(0.5).x)
