# RUN: not %krait build --emit=llvm %s -o - 2>&1 | FileCheck %s
# Constructs codegen does not handle yet are reported with their line, never
# miscompiled.
# CHECK: unsupported.py:[[@LINE+1]]: codegen does not support the 'import.star' instruction yet (in function '<module>')
from sys import *
