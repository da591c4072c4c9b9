# RUN: %krait build --emit=llvm %s -o - 2>&1 | FileCheck %s
# `from m import *` copies the module's public names (or __all__) into the
# importing module's globals through the runtime.
# CHECK: call i64 @kr_import(
# CHECK: call i64 @kr_import_star(
from sys import *
