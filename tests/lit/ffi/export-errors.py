# @export signatures the C interface cannot express are positioned errors.
# RUN: rm -rf %t && mkdir -p %t && cp %s %t/errs.py
# RUN: not %krait build %t/errs.py --emit=staticlib -o %t/liberrs.a 2>&1 | FileCheck %s
from krait import export
import krait as k

# CHECK: errs.py:[[@LINE+2]]:7: error: exported function 'f': parameter 'x' needs an annotation int, float, bool, str or bytes
@export
def f(x, y: int) -> int:
    return y

# CHECK: errs.py:[[@LINE+2]]:5: error: exported function 'g' takes positional parameters only
@k.export
def g(*args: int) -> int:
    return 0

# CHECK: errs.py:[[@LINE+2]]:18: error: exported function 'h': the result annotation must be int, float, bool, str, bytes or None
@export
def h(a: int) -> list:
    return [a]

# CHECK: errs.py:[[@LINE+2]]:5: error: exported function 'café': a C symbol's name must be ASCII
@export
def café(x: int) -> int:
    return x

# Clashes with the library's own functions are checked after the signatures.
# CHECK: errs.py:[[@LINE+2]]:5: error: exported function 'init' would clash with errs_init
@export
def init() -> None:
    pass
