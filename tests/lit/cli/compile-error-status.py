# A syntax error is positioned, shows the line and a caret, and exits 1.
# RUN: sh -c '%krait run %s 2>&1; test $? -eq 1' | FileCheck %s
# CHECK: compile-error-status.py:[[@LINE+3]]:9: error: invalid syntax
# CHECK-NEXT: {{^}}x = 1 + * 2
# CHECK-NEXT: {{^}}        ^
x = 1 + * 2
