# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A method call on any receiver, not only `self.m(...)`: after
# kr_load_method, the loaded callable (a function found with self) is
# compared with the code info of each method named m that takes the
# arguments, in the order the classes define them, and the matching one's
# native entry is entered with the receiver and the arguments (no argument
# array); anything else takes the generic method call. (Outside loops:
# small methods are inlined at calls in loops, see calls-native.py.)

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: call i64 @kr_load{{(_class)?}}_method(
# CHECK: icmp eq ptr %info, @py.info.Circle.area
# CHECK: ncall.direct:
# CHECK-NEXT: call fastcc {{.*}}@py.Circle.area(i64 %method.self)
# CHECK: icmp eq ptr %info, @py.info.Square.area
# CHECK: ncall.direct{{[0-9]*}}:
# CHECK-NEXT: call fastcc {{.*}}@py.Square.area(i64 %method.self)
# CHECK: ncall.generic:
# CHECK: {{^}}}

# Only the method taking one argument is a candidate for `s.grow(k)`.
# CHECK-LABEL: define internal {{.*}}@py.grown(
# CHECK-NOT: @py.info.Square.grow
# CHECK: icmp eq ptr %info, @py.info.Circle.grow
# CHECK-NOT: @py.info.Square.grow
# CHECK: ncall.direct:
# CHECK-NEXT: call fastcc i64 @py.Circle.grow(i64 %method.self, i64 %param1)
# CHECK-NOT: @py.info.Square.grow
# CHECK: {{^}}}

# More than four classes defining `visit`: no guess, the generic call only.
# CHECK-LABEL: define internal {{.*}}@py.visit_all(
# CHECK-NOT: ncall.direct
# CHECK: call i64 @kr_load{{(_class)?}}_method(
# CHECK-NOT: ncall.direct
# CHECK: {{^}}}
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def grow(self, k):
        return Circle(self.r + k)


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def grow(self):
        return Square(self.s * 2)


def total(a, b):
    return a.area() + b.area()


def grown(s, k):
    return s.grow(k)


class V1:
    def visit(self):
        return 1


class V2:
    def visit(self):
        return 2


class V3:
    def visit(self):
        return 3


class V4:
    def visit(self):
        return 4


class V5:
    def visit(self):
        return 5


def visit_all(vs):
    return [v.visit() for v in vs]


print(total(Circle(1.0), Square(2)), grown(Circle(1.0), 1).r, Square(3).grow().s)
print(visit_all([V1(), V2(), V3(), V4(), V5()]))
