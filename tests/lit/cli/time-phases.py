# --time-phases prints each compile phase's CPU and wall time to stderr, in
# the order the phases ran, for `krait build` and (before the program's own
# output) for `krait run`.
# RUN: %krait build --time-phases %s -o %t 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: %t | FileCheck %s --check-prefix=OUT
# RUN: %krait run --time-phases %s 2>&1 | FileCheck %s --check-prefixes=CHECK,OUT
# RUN: %krait build %s -o %t.quiet 2> %t.quiet.err
# RUN: not grep phase %t.quiet.err
# CHECK: krait: time per phase (seconds; CPU includes child processes)
# CHECK-NEXT: phase CPU wall
# CHECK-NEXT: front end (parse, scopes, lower) {{[0-9]+\.[0-9]{3} +[0-9]+\.[0-9]{3}$}}
# CHECK-NEXT: IR passes
# CHECK-NEXT: LLVM IR emission
# CHECK: LLVM optimisation
# CHECK-NEXT: code generation
# CHECK: link {{[0-9]+\.[0-9]{3} +[0-9]+\.[0-9]{3}$}}
# CHECK-NEXT: sum of the phases
# CHECK-NEXT: whole process so far {{[0-9]+\.[0-9]{3}$}}
# OUT: 42
print(6 * 7)
