# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `a - b` in a module whose class Vec defines __sub__(self, other): for a
# user instance on the left, the site's cache (class epoch, left and right
# operand types, function) guards a direct call of __sub__'s native entry
# with (function, a, b); NotImplemented continues in kr_binary_op_after, a
# miss runs kr_binary_op_site (which fills the cache), and other operands
# keep the ordinary paths and kr_binary_op.

# CHECK-LABEL: define internal {{.*}}@py.diff(
# CHECK: uop.hit:
# CHECK: icmp eq ptr %info, @py.info.Vec.__sub__
# CHECK: uop.direct:
# CHECK-NEXT: call fastcc i64 @py.Vec.__sub__({{.*}}i64 %param, i64 %param1)
# CHECK: call i64 @kr_binary_op_after(i32 16,
# CHECK: call i64 @kr_binary_op_site(i32 16, i64 %param, i64 %param1, ptr {{.*}}@binop.site
# CHECK: call i64 @kr_binary_op(i32 16, i64 %param, i64 %param1)
# CHECK: {{^}}}
class Vec:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return Vec(self.x - o.x)


def diff(a, b):
    return a - b


print(diff(Vec(3), Vec(1)).x, diff(3, 1))
