# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s --check-prefix=IR
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Method return kinds: every binding of `dot` is a plain def in a class body
# and no instance attribute, runtime name or module global is named `dot`,
# so `v.dot(w)` is typed with the meet of the methods' returns: float. The
# native entry returns {double, i1 failed}, the guessed call keeps the
# double, and the caller's sum stays a double phi with no box in the loop.

# IR-LABEL: func @total(
# IR: :float = call
# IR-LABEL: func @labels(
# IR-NOT: :float = call
# IR: return

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: phi double
# CHECK: call i64 @kr_load{{(_class)?}}_method(
# CHECK: icmp eq ptr %info, @py.info.Vec.dot
# CHECK: ncall.direct:
# CHECK: ncall.done:
# CHECK-NEXT: phi double
# CHECK: {{^}}}
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def label(self):
        return 1.5


class Named:
    def label(self):
        return "named"


def total(vs):
    t = 0.0
    for v in vs:
        t = t + v.dot(v)
    return t


def labels(xs):
    return [x.label() for x in xs]


print(total([Vec(1.0, 2.0), Vec(0.5, 0.5)]), labels([Vec(1.0, 1.0), Named()]))
