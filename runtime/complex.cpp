//===- runtime/complex.cpp - the complex type -----------------------------===//
//
// complex arithmetic, the constructor (numbers and strings), repr, hashing
// consistent with int and float, and the real/imag attributes. repr follows
// CPython's layout ("1j", "(1+2j)", "(-0-1j)") over the float repr without
// its ".0", which is also what MicroPython prints for these values.
//
//===----------------------------------------------------------------------===//
#include "complex.h"

#include "exception.h"
#include "floatobj.h"
#include "function.h"
#include "int.h"
#include "method_cache.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

kr_value kr_complex_new(double real, double imag) {
    kr_complex *c = (kr_complex *)kr_gc_alloc_atomic(sizeof(kr_complex));
    if (!c) return 0;
    c->base.type = &kr_type_complex;
    c->real = real;
    c->imag = imag;
    return kr_val(c);
}

bool kr_number_to_complex(kr_value v, double *real, double *imag) {
    if (kr_is_complex(v)) {
        const kr_complex *c = (const kr_complex *)kr_obj(v);
        *real = c->real;
        *imag = c->imag;
        return true;
    }
    *imag = 0;
    return kr_number_to_double(v, real);
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

namespace {

struct cplx {
    double re, im;
};

cplx mul(cplx a, cplx b) {
    return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/// a / b for b != 0, scaled by the larger part of b (Smith's method) so the
/// intermediate products neither overflow nor lose the small part.
cplx div(cplx a, cplx b) {
    if (fabs(b.re) >= fabs(b.im)) {
        double r = b.im / b.re, d = b.re + b.im * r;
        return {(a.re + a.im * r) / d, (a.im - a.re * r) / d};
    }
    double r = b.re / b.im, d = b.re * r + b.im;
    return {(a.re * r + a.im) / d, (a.im * r - a.re) / d};
}

/// a ** n for a small integer n, by squaring: exact where CPython's is.
cplx power_int(cplx a, long n) {
    cplx r = {1, 0};
    bool invert = n < 0;
    unsigned long k = invert ? 0ul - (unsigned long)n : (unsigned long)n;
    cplx sq = a;
    while (k) {
        if (k & 1) r = mul(r, sq);
        k >>= 1;
        if (k) sq = mul(sq, sq);
    }
    return invert ? div({1, 0}, r) : r;
}

/// a ** b = exp(b * log(a)) in polar form.
cplx power(cplx a, cplx b) {
    double len = hypot(a.re, a.im), arg = atan2(a.im, a.re);
    double mag = pow(len, b.re), phase = b.re * arg;
    if (b.im != 0) {
        mag /= exp(arg * b.im);
        phase += b.im * log(len);
    }
    return {mag * cos(phase), mag * sin(phase)};
}

kr_value make(cplx c) {
    return kr_complex_new(c.re, c.im);
}

} // namespace

kr_value kr_complex_binary_values(enum kr_binary_op op, double ar, double ai, double br,
                                  double bi) {
    if (op >= KR_BINARY_INPLACE_FIRST && op < KR_BINARY_OP_COUNT)
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    cplx a = {ar, ai}, b = {br, bi};
    switch (op) {
    case KR_BINARY_EQ:
        return kr_bool(ar == br && ai == bi);
    case KR_BINARY_NE:
        return kr_bool(!(ar == br && ai == bi));
    case KR_BINARY_ADD:
        return kr_complex_new(ar + br, ai + bi);
    case KR_BINARY_SUB:
        return kr_complex_new(ar - br, ai - bi);
    case KR_BINARY_MUL:
        return make(mul(a, b));
    case KR_BINARY_TRUE_DIVIDE:
        if (br == 0 && bi == 0)
            return kr_raise_msg(&kr_type_ZeroDivisionError, "complex divide by zero");
        return make(div(a, b));
    case KR_BINARY_FLOOR_DIVIDE:
        return kr_raise_msg(&kr_type_TypeError, "can't truncate-divide a complex number");
    case KR_BINARY_POWER:
        if (br == 0 && bi == 0) return kr_complex_new(1, 0);
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0)
                return kr_raise_msg(&kr_type_ZeroDivisionError, "0.0 to a complex power");
            return kr_complex_new(0, 0);
        }
        if (bi == 0 && br == floor(br) && fabs(br) <= 100) return make(power_int(a, (long)br));
        return make(power(a, b));
    default:
        return KR_NOTIMPL;
    }
}

kr_value kr_complex_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    double ar, ai, br, bi;
    if (!kr_is_complex(lhs) || !kr_number_to_complex(lhs, &ar, &ai)) return KR_NOTIMPL;
    if (!kr_number_to_complex(rhs, &br, &bi)) return KR_NOTIMPL;
    return kr_complex_binary_values(op, ar, ai, br, bi);
}

kr_value kr_complex_unary_op(enum kr_unary_op op, kr_value v) {
    if (!kr_is_complex(v)) return KR_NOTIMPL;
    const kr_complex *c = (const kr_complex *)kr_obj(v);
    switch (op) {
    case KR_UNARY_POS:
        return v;
    case KR_UNARY_NEG:
        return kr_complex_new(-c->real, -c->imag);
    case KR_UNARY_ABS:
        return kr_float_new(hypot(c->real, c->imag));
    case KR_UNARY_BOOL:
        return kr_bool(c->real != 0 || c->imag != 0);
    case KR_UNARY_HASH: {
        // As CPython combines them: a zero imaginary part hashes as the real.
        uintptr_t h = (uintptr_t)kr_float_hash(c->real) +
                      (uintptr_t)1000003 * (uintptr_t)kr_float_hash(c->imag);
        // Fold into the small-int range, keeping small values unchanged.
        kr_int folded = (kr_int)(h << 1) >> 1;
        return kr_small_int(folded);
    }
    default:
        return KR_NOTIMPL;
    }
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

namespace {

/// One part as repr prints it: the float repr without a trailing ".0".
size_t format_part(double v, char buf[32]) {
    size_t n = kr_float_format_repr(v, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
        buf[n] = 0;
    }
    return n;
}

bool complex_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_complex *c = (const kr_complex *)kr_obj(self);
    char re[32], im[32];
    size_t ni = format_part(c->imag, im);
    // A positive zero real part is left out; a negative zero is shown.
    if (c->real == 0 && !signbit(c->real)) {
        kr_print_bytes(p, im, ni);
        kr_print_bytes(p, "j", 1);
        return true;
    }
    size_t nr = format_part(c->real, re);
    kr_print_bytes(p, "(", 1);
    kr_print_bytes(p, re, nr);
    if (im[0] != '-') kr_print_bytes(p, "+", 1);
    kr_print_bytes(p, im, ni);
    kr_print_bytes(p, "j)", 2);
    return true;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// A signed real in [p, end) (exactly, no spaces). A lone sign (or nothing,
/// when `unit_ok`) stands for 1, as in "-j" and "j".
bool parse_real(const char *p, const char *end, bool unit_ok, double *out) {
    bool lone_sign = end - p == 1 && (*p == '+' || *p == '-');
    if (unit_ok && (p == end || lone_sign)) {
        *out = lone_sign && *p == '-' ? -1.0 : 1.0;
        return true;
    }
    return kr_float_parse_exact(p, end, out) > 0;
}

/// The index of the sign that starts the imaginary part of "re+imj"
/// (without the j), or 0 when there is no real part.
size_t split_point(const char *s, size_t n) {
    for (size_t k = n; k-- > 1;) {
        if ((s[k] == '+' || s[k] == '-') && (s[k - 1] | 0x20) != 'e') return k;
    }
    return 0;
}

} // namespace

kr_value kr_complex_parse(const char *s, size_t len) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (end - p >= 2 && *p == '(' && end[-1] == ')') {
        p++;
        end--;
        while (p < end && is_space(*p))
            p++;
        while (end > p && is_space(end[-1]))
            end--;
    }
    double re = 0, im = 0;
    bool ok;
    if (p < end && (end[-1] | 0x20) == 'j') {
        size_t k = split_point(p, (size_t)(end - 1 - p));
        ok = (k == 0 || parse_real(p, p + k, false, &re)) && parse_real(p + k, end - 1, true, &im);
    } else {
        ok = parse_real(p, end, false, &re);
    }
    if (kr_exc_pending()) return 0;
    if (!ok) return kr_raise_msg(&kr_type_ValueError, "invalid syntax for number");
    return kr_complex_new(re, im);
}

//===----------------------------------------------------------------------===//
// The type object
//===----------------------------------------------------------------------===//

namespace {

/// An argument of complex(real, imag) as a pair.
bool complex_arg(kr_value v, double *re, double *im) {
    if (kr_number_to_complex(v, re, im)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to complex", kr_type_name(v));
    return false;
}

kr_value complex_make_new(const kr_type *, size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"real", "imag"};
    kr_value opts[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : 0};
    if (nargs > 2)
        return kr_raise_msg(&kr_type_TypeError, "function expected at most 2 arguments, got %d",
                            (int)nargs);
    if (kr_kwnames_count(kwnames) &&
        !kr_parse_kwargs(nargs, args, kwnames, names + nargs, 2 - nargs, opts + nargs))
        return 0;
    if (!opts[0] && !opts[1]) return kr_complex_new(0, 0);
    if (opts[0] && kr_isinstance(opts[0], &kr_type_str)) {
        if (opts[1])
            return kr_raise_msg(&kr_type_TypeError,
                                "complex() can't take second arg if first is a string");
        size_t len;
        const char *s = kr_str_data(opts[0], &len);
        return kr_complex_parse(s, len);
    }
    if (opts[0] && kr_is_complex(opts[0]) && !opts[1]) return opts[0];
    double ar = 0, ai = 0, br = 0, bi = 0;
    if (opts[0] && !complex_arg(opts[0], &ar, &ai)) return 0;
    if (opts[1]) {
        if (kr_isinstance(opts[1], &kr_type_str))
            return kr_raise_msg(&kr_type_TypeError, "complex() second arg can't be a string");
        if (!complex_arg(opts[1], &br, &bi)) return 0;
    }
    // real + imag * 1j, with both possibly complex. A real argument adds
    // nothing to the other part, so complex(0, -0.0) keeps its -0.0.
    double re = ar, im = br;
    if (opts[1] && kr_is_complex(opts[1])) re -= bi;
    if (opts[0] && kr_is_complex(opts[0])) im += ai;
    return kr_complex_new(re, im);
}

kr_value complex_getattr(kr_value self, kr_value name) {
    const kr_complex *c = (const kr_complex *)kr_obj(self);
    if (kr_name_is(name, "real")) return kr_float_new(c->real);
    if (kr_name_is(name, "imag")) return kr_float_new(c->imag);
    return KR_NOTFOUND;
}

kr_value complex_conjugate(size_t, const kr_value *args, kr_value) {
    const kr_complex *c = (const kr_complex *)kr_obj(args[0]);
    return kr_complex_new(c->real, -c->imag);
}

KR_BUILTIN(conjugate_obj, "conjugate", complex_conjugate, 1, 1);

const kr_attr_entry complex_attrs[] = {KR_ATTR("conjugate", conjugate_obj), {nullptr, nullptr}};

} // namespace

extern "C" const kr_type kr_type_complex = {
    {&kr_type_type},
    "complex",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    complex_print,
    complex_make_new,
    nullptr, // call
    kr_complex_unary_op,
    kr_complex_binary_op,
    nullptr, // getitem
    nullptr, // setitem
    nullptr, // getiter
    nullptr, // iternext
    complex_getattr,
    nullptr, // setattr
    complex_attrs,
    0, // dict
    0, // bases
};
