# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# In a loop, `o.v -= x` stores into the entry the load of `o.v` found when
# the code between them calls nothing that could remove the name or move
# the entries (float arithmetic and its box allocation): after the store's
# class-part test, a non-null entry from the load skips the dict lookup.
# `o.w = f(o.w)` with a call in between looks the entry up again.

# CHECK-LABEL: define internal {{.*}}@py.decay(
# CHECK: store.write:
# CHECK: %store.entry = phi ptr [ %{{.*}}, %store.class ], [ %{{.*}}, %store.inrange ]
# CHECK-LABEL: define internal {{.*}}@py.decay.generic(

# CHECK-LABEL: define internal {{.*}}@py.through_call(
# CHECK-NOT: store.write
# CHECK: call i64 @kr_setattr_cached(
# CHECK-LABEL: define internal {{.*}}@py.through_call.generic(


class P:
    def __init__(self, v):
        self.v = v


class Q:
    def __init__(self, w):
        self.w = w


def decay(ps):
    for p in ps:
        p.v -= 0.5
    return ps[0].v


def through_call(qs, f):
    for q in qs:
        q.w = f(q.w)
    return qs[0].w


print(decay([P(1.0), P(2.0)]), through_call([Q(1.0)], abs))
