# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# `s.add(i)` on a receiver of unknown kind: the site's cache
# (kr_builtin_method_site) is checked against the receiver's type word at the
# lookup; a hit calls the cached C function with [s, i] directly (no
# kr_load_method, kr_call or argument count check on that path); a miss calls
# kr_load_method_fill (kr_load_method, then a built-in function found with
# self is offered to the site) and calls what it gave through kr_call.

# CHECK-LABEL: define internal {{.*}}@py.fill(
# CHECK: bmcall.obj:
# CHECK-NEXT: %bmcall.type = load i64, ptr
# CHECK-NEXT: %bmcall.cached = load i64, ptr @bmcall.site.add
# CHECK-NEXT: icmp eq i64 %bmcall.type, %bmcall.cached
# CHECK-NEXT: br i1 {{.*}}, label %bmcall.direct, label %bmcall.miss
# CHECK: bmcall.miss:
# CHECK: call i64 @kr_load_method_fill(i64 %param, i64 {{.*}}, ptr nonnull @attr.cache.add, ptr nonnull %method.self.out, ptr nonnull @bmcall.site.add, i64 2)
# CHECK: bmcall.direct:
# CHECK-NEXT: %bmcall.fn = load ptr, ptr getelementptr inbounds (i8, ptr @bmcall.site.add, i64 8)
# CHECK-NOT: call
# CHECK: call i64 %bmcall.fn(i64 2, ptr nonnull %bmargs{{[0-9]*}}, i64 0)
# CHECK-NOT: call
# CHECK: br i1 {{.*}}, label %raise{{.*}}, label %bb1
# CHECK: bmcall.generic:
# CHECK: call i64 @kr_call(
# CHECK: {{^}}}
def fill(s, n):
    for i in range(n):
        s.add(i)
    return s


# With keywords there is no site: the ordinary method call.
# CHECK-LABEL: define internal {{.*}}@py.ordered(
# CHECK-NOT: bmcall
# CHECK: call i64 @kr_call_kw(
# CHECK-NOT: bmcall
# CHECK: {{^}}}
def ordered(xs):
    xs.sort(reverse=True)
    return xs


print(len(fill(set(), 10)), ordered([1, 3, 2]))
