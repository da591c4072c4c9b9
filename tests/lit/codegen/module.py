# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=TABLE
# The module body is a code entry like any function; krait_main creates the
# module and its constants once, then runs it.

# CHECK: %kr_code_info = type { ptr, ptr, i16, i16, i32 }
# CHECK: @krait.constants = internal global [{{[0-9]+}} x i64] zeroinitializer

# CHECK-LABEL: define internal i64 @"py.<module>"(i64 %self, ptr %args)
# Stack depth check on entry.
# CHECK: call ptr @llvm.frameaddress.p0(i32 0)
# CHECK: load i64, ptr @kr_stack_limit
# CHECK: call i64 @kr_raise_recursion()
# CHECK-NEXT: ret i64 0
x = 1
# CHECK: call i64 @kr_global_store(i64 %{{[0-9]+}}, i64 %{{[0-9]+}}, i64 3)
print(x + 2)
# 2 is the tagged word 5; add is kr_binary_op code 15.
# CHECK-DAG: call i64 @kr_binary_op(i32 15, i64 %{{[0-9]+}}, i64 5)
# CHECK-DAG: call i64 @kr_call(
# A failure records (file, line, function) and propagates.
# CHECK-DAG: call void @kr_traceback_add(ptr @{{.*}}, i32 %line, ptr @{{.*}})
# CHECK: ret i64 ptrtoint (ptr @kr_None to i64)

# CHECK-LABEL: define internal i64 @krait.init()
# The constants come from a table the runtime walks (runtime/constpool.cpp):
# kind 0 is a str, with its size and bytes.
# CHECK: call i64 @kr_constants_init(ptr @krait.constants, i64 {{[0-9]+}}, ptr @krait.constant.table, ptr @{{.*}}, ptr @{{.*}})
# CHECK-NEXT: ret i64
# TABLE: @krait.constant.table = private constant [{{[0-9]+}} x %kr_const_desc] [%kr_const_desc { i32 0, i32 {{[0-9]+}}, ptr @.str

# CHECK-LABEL: define i64 @krait_main()
# CHECK: call i64 @krait.init()
# CHECK: call i64 @"py.<module>"(i64 0, ptr null)
