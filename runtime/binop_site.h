//===- runtime/binop_site.h - per-site caches of user operator methods -*- C++ -*-===//
//
// `a OP b` where `a` may be an instance of a user class defining the
// operator's method (Vec.__sub__): generated code (codegen/EmitOperatorCall.cpp)
// keeps one kr_binop_site per such operator and calls the cached function's
// native entry directly while the operands' types and the class epoch match.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_BINOP_SITE_H
#define KRAIT_RUNTIME_BINOP_SITE_H

#include "runtime.h"

extern "C" {

/// One operator site's cache (four words, read inline by generated code):
/// while kr_class_epoch is `epoch`, `lhs OP rhs` with an instance of `lhs`
/// (a user class without a native base, not an exception) on the left and
/// a value of type `rhs` on the right (the same class, or a type that is not
/// a user class, so no subclass's reflected method comes first) calls the
/// plain function `fn` with (lhs, rhs) first; its NotImplemented continues
/// with kr_binary_op_after. An in-place OP is cached only when the class has
/// no in-place method, so `fn` is the plain one.
typedef struct kr_binop_site {
    uintptr_t epoch;
    const struct kr_type *lhs;
    const struct kr_type *rhs;
    kr_value fn;
} kr_binop_site;

/// kr_binary_op(op, lhs, rhs) that first fills `site` when the operands
/// qualify (the miss path of an operator site).
kr_value kr_binary_op_site(int op, kr_value lhs, kr_value rhs, kr_binop_site *site);

/// The rest of kr_binary_op(op, lhs, rhs) after the left operand's class's
/// method (the plain operator's, for an in-place op) returned NotImplemented:
/// the right operand's reflected method, then TypeError.
kr_value kr_binary_op_after(int op, kr_value lhs, kr_value rhs);

} // extern "C"

#endif // KRAIT_RUNTIME_BINOP_SITE_H
