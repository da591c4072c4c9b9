# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s
# A handler fetches the pending exception and matches it; a failed match
# re-raises without a new traceback entry.

# CHECK-LABEL: define internal i64 @"py.<module>"
try:
    int("x")
except ValueError:
    print("bad")
# CHECK-DAG: call i64 @kr_exc_fetch()
# CHECK-DAG: call i32 @kr_exc_match(
# CHECK-DAG: call void @kr_exc_restore(
# CHECK-LABEL: define internal i64 @krait.init()
