# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `self.m(...)` in a method of C where C's body defines m: after
# kr_load_method, the call checks that the callable is m's function object
# (its code info) with self, then enters m's native entry with self and the
# arguments (no argument array); anything else takes the generic method
# call. (A small m is inlined at calls inside loops: see calls-native.py.)
# scale's k is a double: every call that can enter it passes a float
# (method parameter kinds, ProgramFacts::methodCalls).

# CHECK-LABEL: define internal {{.*}}@py.Vec.norm2(
# CHECK: call i64 @kr_load{{(_class)?}}_method(
# CHECK: icmp eq ptr %info, @py.info.Vec.dot
# CHECK: ncall.direct:
# CHECK-NEXT: call fastcc {{.*}}@py.Vec.dot(i64 %method.self, i64 %param)
# CHECK: ncall.generic:
# CHECK: {{^}}}

# CHECK-LABEL: define internal {{.*}}@py.Vec.scaled_norm(
# CHECK: icmp eq ptr %info, @py.info.Vec.scale
# CHECK: ncall.direct:
# CHECK-NEXT: call fastcc i64 @py.Vec.scale(i64 %method.self, double %param1)
# CHECK: {{^}}}
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm2(self):
        return self.dot(self)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def scaled_norm(self, k):
        return self.scale(k).norm2()


print(Vec(3.0, 4.0).norm2(), Vec(1.0, 2.0).scaled_norm(2.0))
