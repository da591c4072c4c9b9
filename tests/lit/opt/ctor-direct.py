# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `P(a, b)` of a class of the module whose __init__ takes exactly the
# arguments: while the site's class (word 1) is the callee in the current
# class epoch (word 0) and its __init__ (word 2) has P.__init__'s code info,
# the instance comes from kr_ctor_alloc and P.__init__'s native entry is
# called with it; the first call and any other callee go through
# kr_ctor_site_call (kr_call, filling the site).

# CHECK-LABEL: define internal {{.*}}@py.make(
# CHECK: icmp eq ptr %info, @py.info.P.__init__
# CHECK: ctor.direct:
# CHECK: call i64 @kr_ctor_alloc(
# CHECK: call fastcc i64 @py.P.__init__(
# CHECK: ctor.miss:
# CHECK: call i64 @kr_ctor_site_call({{.*}}, i64 2, ptr {{.*}}, ptr {{.*}}@ctor.site
# CHECK: {{^}}}
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(a, b):
    return P(a, b)


print(make(1, 2).y)
