//===- runtime/float.cpp - the float type ---------------------------------===//
//
// Boxed doubles: arithmetic with Python's floor semantics, mixed int/float
// operands, hashing consistent with int, and the type object. Text
// conversion (repr, float(str)) and round() are in float_format.cpp.
//
//===----------------------------------------------------------------------===//
#include "floatobj.h"

#include "buffer.h"
#include "class.h"
#include "complex.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "gc_fast.h"
#include "int.h"

#include <math.h>
#include <string.h>

kr_value kr_float_new(double v) {
    // No pointers inside beyond the static type: the collector need not scan.
    // Both fields are written here, so the block need not be zeroed first.
    // The inline fast path is a pointer bump; with it this function is small
    // enough for runtime inlining to copy into compiled loops.
    kr_float *f = (kr_float *)kr_gc_alloc_small(sizeof(kr_float), true, false);
    if (!f) return 0;
    f->base.type = &kr_type_float;
    f->value = v;
    return kr_val(f);
}

double kr_float_value(kr_value f) {
    return ((const kr_float *)kr_obj(f))->value;
}

bool kr_number_to_double(kr_value v, double *out) {
    if (kr_is_float(v)) {
        *out = kr_float_value(v);
        return true;
    }
    if (kr_is_intlike(v)) {
        *out = kr_int_to_double(v);
        return true;
    }
    return false;
}

//===----------------------------------------------------------------------===//
// Arithmetic on doubles
//===----------------------------------------------------------------------===//

static kr_value raise_div_zero(void) {
    return kr_raise_msg(&kr_type_ZeroDivisionError, "divide by zero");
}

/// Python's float divmod: fmod gives the remainder with a's sign; move it to
/// b's sign and round the quotient so q * b + r reproduces a.
static void float_divmod(double a, double b, double *q_out, double *r_out) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5) q += 1.0;
    } else {
        q = copysign(0.0, a / b);
    }
    *q_out = q;
    *r_out = mod;
}

static kr_value float_power(double a, double b) {
    if (a == 0 && b < 0)
        return kr_raise_msg(&kr_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    // A negative base with a fractional exponent has a complex result.
    if (a < 0 && isfinite(b) && b != floor(b))
        return kr_complex_binary_values(KR_BINARY_POWER, a, 0, b, 0);
    return kr_float_new(kr_float_pow(a, b));
}

double kr_float_pow(double a, double b) {
    // x ** 0.5 is the correctly rounded square root (pow() is only within
    // about half an ulp), except where pow() and sqrt() disagree: -0.0 and
    // -inf give +0.0 and +inf. Compiled code computes the same inline.
    if (b == 0.5 && a != -INFINITY) return sqrt(a + 0.0);
    return pow(a, b);
}

kr_value kr_float_binary_double(enum kr_binary_op op, double a, double b) {
    switch (op) {
    case KR_BINARY_LT:
        return kr_bool(a < b);
    case KR_BINARY_GT:
        return kr_bool(a > b);
    case KR_BINARY_EQ:
        return kr_bool(a == b);
    case KR_BINARY_LE:
        return kr_bool(a <= b);
    case KR_BINARY_GE:
        return kr_bool(a >= b);
    case KR_BINARY_NE:
        return kr_bool(a != b);
    case KR_BINARY_ADD:
        return kr_float_new(a + b);
    case KR_BINARY_SUB:
        return kr_float_new(a - b);
    case KR_BINARY_MUL:
        return kr_float_new(a * b);
    case KR_BINARY_TRUE_DIVIDE:
        if (b == 0) return raise_div_zero();
        return kr_float_new(a / b);
    case KR_BINARY_FLOOR_DIVIDE:
    case KR_BINARY_MODULO:
    case KR_BINARY_DIVMOD: {
        if (b == 0) return raise_div_zero();
        double q, r;
        float_divmod(a, b, &q, &r);
        if (op == KR_BINARY_FLOOR_DIVIDE) return kr_float_new(q);
        if (op == KR_BINARY_MODULO) return kr_float_new(r);
        kr_value qv = kr_float_new(q), rv = qv ? kr_float_new(r) : 0;
        kr_value t = rv ? kr_tuple_new(2) : 0;
        if (!t) return 0;
        size_t n;
        kr_value *items = kr_tuple_items(t, &n);
        items[0] = qv;
        items[1] = rv;
        return t;
    }
    case KR_BINARY_POWER:
        return float_power(a, b);
    default:
        return KR_NOTIMPL;
    }
}

kr_value kr_float_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    // Floats are immutable: in-place operators are the plain ones.
    if (op >= KR_BINARY_INPLACE_FIRST && op < KR_BINARY_OP_COUNT)
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    if (!kr_is_float(lhs)) return KR_NOTIMPL;
    double a = kr_float_value(lhs), b;
    if (kr_is_complex(rhs)) {
        const kr_complex *c = (const kr_complex *)kr_obj(rhs);
        return kr_complex_binary_values(op, a, 0, c->real, c->imag);
    }
    if (kr_is_float(rhs)) {
        b = kr_float_value(rhs);
    } else if (kr_is_intlike(rhs)) {
        if (op <= KR_BINARY_NE) {
            // Compare exactly: a big int may not be representable.
            int c = kr_int_compare_double(rhs, a);
            switch (op) {
            case KR_BINARY_LT:
                return kr_bool(c == 1);
            case KR_BINARY_GT:
                return kr_bool(c == -1);
            case KR_BINARY_EQ:
                return kr_bool(c == 0);
            case KR_BINARY_LE:
                return kr_bool(c == 1 || c == 0);
            case KR_BINARY_GE:
                return kr_bool(c == -1 || c == 0);
            case KR_BINARY_NE:
                return kr_bool(c != 0);
            default:
                return KR_NOTIMPL;
            }
        }
        b = kr_int_to_double(rhs);
    } else {
        return KR_NOTIMPL;
    }
    return kr_float_binary_double(op, a, b);
}

kr_int kr_float_hash(double v) {
    if (isnan(v)) return 0;
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    double ipart = trunc(v);
    if (ipart == v) {
        // Integral: hash as the equal int does.
        if (v >= (double)KR_SMALL_INT_MIN && v < -(double)KR_SMALL_INT_MIN) return (kr_int)v;
        kr_mpz z;
        if (kr_mpz_from_double(&z, v)) return (kr_int)kr_mpz_hash(&z, KR_INT_HASH_BITS);
        return 0; // (out of memory: any value will do for a hash)
    }
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    bits ^= bits >> 29;
    bits *= 0x9e3779b97f4a7c15u;
    bits ^= bits >> 32;
    // Keep it within the small-int range.
    return (kr_int)(bits >> (64 - (sizeof(kr_int) * 8 - 2))) - (KR_SMALL_INT_MAX >> 1);
}

kr_value kr_float_unary_op(enum kr_unary_op op, kr_value v) {
    if (!kr_is_float(v)) return KR_NOTIMPL;
    double d = kr_float_value(v);
    switch (op) {
    case KR_UNARY_POS:
        return v;
    case KR_UNARY_NEG:
        return kr_float_new(-d);
    case KR_UNARY_ABS:
        return kr_float_new(fabs(d));
    case KR_UNARY_BOOL:
        return kr_bool(d != 0);
    case KR_UNARY_HASH:
        return kr_small_int(kr_float_hash(d));
    default:
        return KR_NOTIMPL;
    }
}

//===----------------------------------------------------------------------===//
// The type object
//===----------------------------------------------------------------------===//

static bool float_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    char buf[32];
    size_t n = kr_float_format_repr(kr_float_value(self), buf);
    kr_print_bytes(p, buf, n);
    return true;
}

static kr_value float_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    if (kr_kwnames_count(kwnames) != 0)
        return kr_raise_msg(&kr_type_TypeError, "function doesn't take keyword arguments");
    if (nargs > 1)
        return kr_raise_msg(&kr_type_TypeError, "function expected at most 1 arguments, got %d",
                            (int)nargs);
    if (nargs == 0) return kr_float_new(0.0);
    kr_value x = args[0];
    // A user subclass of a native type (class F(float)) converts through its
    // native sub-object, as MicroPython does.
    if (kr_is_obj(x) && (kr_type_of(x)->flags & KR_TYPE_FLAG_USER) &&
        !(kr_type_of(x)->flags & KR_TYPE_FLAG_EXCEPTION)) {
        kr_value native = kr_instance_native(x);
        if (native) x = native;
    }
    if (kr_is_float(x)) return x;
    if (kr_is_intlike(x)) return kr_float_new(kr_int_to_double(x));
    if (kr_isinstance(x, &kr_type_str)) {
        size_t len;
        const char *s = kr_str_data(x, &len);
        return kr_float_parse(s, len, x);
    }
    // Bytes-like objects parse as their text.
    kr_buffer buf;
    if (kr_get_buffer(x, &buf)) return kr_float_parse((const char *)buf.data, buf.len, x);
    return kr_raise_msg(&kr_type_TypeError, "can't convert %T to float", x);
}

extern "C" const kr_type kr_type_float = {
    {&kr_type_type},
    "float",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    float_print,
    float_make_new,
    nullptr, // call
    kr_float_unary_op,
    kr_float_binary_op,
    nullptr, // getitem
    nullptr, // setitem
    nullptr, // getiter
    nullptr, // iternext
    nullptr, // getattr
    nullptr, // setattr
    nullptr, // attrs
    0,       // dict
    0,       // bases
};
