# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s
# A function: its kr_code_info, its creation with defaults, and its entry
# reading parameters from the caller's slot array.

# CHECK: @py.params.add = private constant [2 x ptr]
# CHECK: @py.info.add = private constant %kr_code_info { ptr @{{.*}}, ptr @py.params.add, i16 2, i16 0, i32 0 }
def add(a, b=2):
    return a + b

# CHECK-LABEL: define internal i64 @"py.<module>"
# CHECK: call i64 @kr_build_tuple(i64 1,
# CHECK: call i64 @kr_function_new(ptr @py.info.add, ptr @py.add, i64 %{{[0-9]+}}, i64 %{{[0-9]+}})
print(add(1))

# CHECK-LABEL: define internal i64 @py.add(i64 %self, ptr %args)
# CHECK: getelementptr inbounds i64, ptr %args, i32 0
# CHECK: getelementptr inbounds i64, ptr %args, i32 1
# An unbound local raises through the runtime.
# CHECK: call i64 @kr_raise_unbound_local(
