# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# At -O1 and above every attribute site has a kr_attr_cache (index word
# starting at -1). A load checks inline: a heap object, its type's flags
# (word 2) say user class and not exception, it has an instance dict
# (word 1), the cached position is below the dict's `filled` and that entry
# holds the cached key; then it reads the entry's value. Anything else calls
# kr_getattr_cached. Stores call kr_setattr_cached. A getattr used only as a
# call's callee becomes kr_load_method, and the call passes self first when
# the runtime returned one (no bound method): a compiled function whose
# parameters self and the arguments fill exactly (n_pos, no keyword-only,
# no *args/**kwargs) is entered directly; anything else calls kr_call.

# CHECK-DAG: @attr.cache.x{{[.0-9]*}} = private global [12 x i64] [i64 -1, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
# CHECK-DAG: @attr.cache.get{{[.0-9]*}} = private global [12 x i64] [i64 -1,

# CHECK-LABEL: define internal {{.*}}@py.P.get(
# CHECK: attr.obj:
# CHECK: %attr.type = load ptr
# CHECK: getelementptr inbounds i8, ptr %attr.type, i64 16
# CHECK: attr.dict:
# CHECK: %attr.index = load i64, ptr @attr.cache.x
# CHECK: icmp ult i64 %attr.index,
# CHECK: attr.inrange:
# CHECK: mul i64 %attr.index, 24
# CHECK: %attr.key = load i64
# CHECK: %attr.cachedkey = load i64, ptr getelementptr inbounds (i8, ptr @attr.cache.x{{[.0-9]*}}, i64 8)
# CHECK: icmp eq i64 %attr.key, %attr.cachedkey
# CHECK: attr.hit:
# CHECK: %attr.value = load i64
# CHECK: attr.slow:
# CHECK: call i64 @kr_getattr_cached(i64 %param, i64 %{{[0-9]+}}, ptr nonnull @attr.cache.x
# CHECK-NOT: @kr_getattr(

# CHECK-LABEL: define internal {{.*}}@py.f(
# CHECK: call i64 @kr_setattr_cached(i64 %param, i64 %{{[0-9]+}}, i64 %{{.*}}, ptr nonnull @attr.cache.x
# CHECK: %[[M:[0-9]+]] = call i64 @kr_load{{(_class)?}}_method(i64 %param, i64 %{{[0-9]+}}, ptr nonnull @attr.cache.get{{[.0-9]*}}, ptr nonnull %method.self.out)
# CHECK: %method.self = load i64, ptr %method.self.out
# The guessed target P.get is tried first (calls-method-any.py); the
# generic method call follows.
# CHECK: icmp eq ptr %info, @py.info.P.get
# CHECK: mcall.isfn:
# CHECK: store i64 %method.self, ptr %margs
# CHECK: icmp eq i64 %mcall.type, ptrtoint (ptr @kr_type_function to i64)
# CHECK: mcall.arity:
# CHECK: %mcall.npos = load i16
# CHECK: icmp eq i16 %mcall.npos, 1
# CHECK: mcall.direct:
# CHECK: %mcall.code = load ptr
# CHECK: call i64 %mcall.code(i64 %[[M]], ptr nonnull %margs)
# CHECK: mcall.generic:
# CHECK: call i64 @kr_call(i64 %[[M]],
# CHECK-NOT: @kr_getattr(
# CHECK-LABEL: define

# O0-NOT: attr.cache
# O0-NOT: kr_load_method
# O0: call i64 @kr_setattr(
# O0: call i64 @kr_getattr(
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        # In a loop: sites outside loops take the one-branch form (attr-flat.py).
        r = None
        while r is None:
            r = self.x
        return r


def f(p):
    p.x = p.x + 1
    return p.get()


print(f(P(1)))
# An instance attribute named `get` somewhere keeps its loads on
# kr_load_method (see calls-method-classonly.py for the other case).
P(2).get = None
