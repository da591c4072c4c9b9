# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# At -O1 and above every global.load site has an inline cache: the value and
# the version stamps of the module's globals dict and of the builtins dict.
# A hit is two compares of the stamps (dict word 1, the 8-byte offset); a miss
# calls kr_global_load_cached, which refills the cache.

# CHECK-DAG: @global.cache.fib{{[.0-9]*}} = private global { i64, i64, i64 } zeroinitializer
# CHECK-LABEL: define internal {{.*}}@py.fib(
# CHECK-DAG: getelementptr inbounds i8, ptr %{{[0-9]+}}, i64 8
# CHECK-DAG: load i64, ptr @global.cache.fib{{[.0-9]*}},
# CHECK-DAG: load i64, ptr @kr_builtins_dict
# CHECK-DAG: call i64 @kr_global_load_cached(i64 %{{[0-9]+}}, i64 %{{[0-9]+}}, ptr nonnull @global.cache.fib{{[.0-9]*}})
# CHECK-NOT: @kr_global_load(
# CHECK-LABEL: define
# O0-NOT: global.cache
# O0: call i64 @kr_global_load(
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(10))
