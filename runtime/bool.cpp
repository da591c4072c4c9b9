//===- runtime/bool.cpp - bool: True and False ----------------------------===//
//
// bool derives from int: arithmetic converts bool operands to 0 / 1 and goes
// through the generic dispatcher, so the int type does the work.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "print.h"

namespace {

inline kr_value as_int(kr_value v) {
    return v == kr_val(&kr_True) ? kr_small_int(1) : v == kr_val(&kr_False) ? kr_small_int(0) : v;
}

inline bool is_bool(kr_value v) {
    return v == kr_val(&kr_True) || v == kr_val(&kr_False);
}

bool bool_print(const kr_printer *p, kr_value self, kr_print_kind) {
    kr_print_cstr(p, self == kr_val(&kr_True) ? "True" : "False");
    return true;
}

kr_value bool_make_new(const kr_type *, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    if (nargs == 0) return kr_bool(false);
    int t = kr_truthy(args[0]);
    return t < 0 ? 0 : kr_bool(t);
}

kr_value bool_unary_op(enum kr_unary_op op, kr_value self) {
    switch (op) {
    case KR_UNARY_BOOL:
        return self;
    case KR_UNARY_HASH:
        return as_int(self);
    default:
        return kr_unary_op(op, as_int(self));
    }
}

kr_value bool_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op == KR_BINARY_IN || op == KR_BINARY_NOT_IN) return KR_NOTIMPL;
    if (is_bool(other)) {
        // bool & | ^ bool stays a bool.
        bool a = self == kr_val(&kr_True), b = other == kr_val(&kr_True);
        switch (op) {
        case KR_BINARY_AND:
        case KR_BINARY_INPLACE_AND:
            return kr_bool(a && b);
        case KR_BINARY_OR:
        case KR_BINARY_INPLACE_OR:
            return kr_bool(a || b);
        case KR_BINARY_XOR:
        case KR_BINARY_INPLACE_XOR:
            return kr_bool(a != b);
        default:
            break;
        }
    }
    // Only numbers mix with bools; leave everything else to the other side.
    const kr_type *ot = kr_type_of(other);
    if (!kr_type_has_layout(ot, &kr_type_int) && ot != &kr_type_float && ot != &kr_type_complex)
        return KR_NOTIMPL;
    return kr_binary_op(op, as_int(self), as_int(other));
}

} // namespace

extern "C" {
const kr_type kr_type_bool = {{&kr_type_type},
                              "bool",
                              0,
                              &kr_type_int,
                              bool_print,
                              bool_make_new,
                              nullptr,
                              bool_unary_op,
                              bool_binary_op,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              0,
                              0};
const kr_object kr_True = {&kr_type_bool};
const kr_object kr_False = {&kr_type_bool};
}
