# The evaluator behind eval()/exec() (libkrait_eval.a) is linked only into
# programs that mention one of the names; elsewhere the runtime's references
# to the two built-ins stay weak and undefined, and no evaluator code is in.
# RUN: %krait build %s -o %t.plain
# RUN: llvm-nm-19 %t.plain | FileCheck %s --check-prefix=PLAIN
# RUN: llvm-nm-19 %t.plain | not grep -e krait4eval -e 5Parser
# PLAIN-DAG: w kr_builtin_eval
# PLAIN-DAG: w kr_builtin_exec
#
# RUN: printf 'print(eval("6 * 7"))\n' > %t.uses.py
# RUN: %krait build %t.uses.py -o %t.uses
# RUN: llvm-nm-19 %t.uses | FileCheck %s --check-prefix=USES
# USES-DAG: {{[DR]}} kr_builtin_eval
# USES-DAG: {{[DR]}} kr_builtin_exec
# USES-DAG: krait4eval
# RUN: %t.uses | FileCheck %s --check-prefix=OUT
# OUT: 42
print("no evaluator here")
