# @extern declarations the C calling convention cannot express are
# positioned errors when the program is linked.
# RUN: not %krait build %s -o %t 2>&1 | FileCheck %s
from krait import extern

# CHECK: extern-errors.py:[[@LINE+2]]:10: error: extern function 'puts': parameter 's' needs an annotation int, float, bool, str, bytes or a C type name (docs/FFI.md)
@extern
def puts(s) -> int: ...

# CHECK: extern-errors.py:[[@LINE+2]]:27: error: extern function 'fread': the result annotation must be int, float, bool, str, None or a C type name (docs/FFI.md)
@extern
def fread(p: c_void_p) -> bytes: ...

# CHECK: extern-errors.py:[[@LINE+2]]:5: error: extern function 'printf' takes positional parameters only
@extern
def printf(fmt: str, *args: int) -> int: ...
