//===- runtime/modmath.cpp - the math module ------------------------------===//
//
// MicroPython's math module over the C library's libm (glibc on Linux,
// picolibc on bare metal). Errors follow MicroPython rather than CPython: a
// function whose result is NaN for a non-NaN argument, or infinite for a
// finite argument, raises ValueError "math domain error" (so exp(1000) is a
// ValueError, not an OverflowError). ceil/floor/trunc return ints and so
// raise as int(float) does for inf and NaN.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "floatobj.h"
#include "function.h"
#include "int.h"
#include "module.h"
#include "runtime.h"

#include <math.h>

namespace {

// Spelled out: M_PI and M_E are not in every C library's strict mode.
constexpr double kPi = 3.14159265358979323846;
constexpr double kE = 2.71828182845904523536;

kr_value math_error() {
    return kr_raise_msg(&kr_type_ValueError, "math domain error");
}

/// An argument as a double: int, bool and float convert, anything else is a
/// TypeError in MicroPython's wording.
bool to_double(kr_value v, double *out) {
    if (kr_number_to_double(v, out)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
    return false;
}

/// True when `r`, computed from finite/non-NaN inputs, left the domain: NaN
/// out of non-NaN, or infinity out of finite operands.
bool out_of_domain(double r, bool any_nan, bool any_inf) {
    return (isnan(r) && !any_nan) || (isinf(r) && !any_inf);
}

/// A one-argument function with MicroPython's generic domain check.
kr_value unary(const kr_value *args, double (*f)(double)) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    double r = f(x);
    if (out_of_domain(r, isnan(x), isinf(x))) return math_error();
    return kr_float_new(r);
}

/// A two-argument function with MicroPython's check: NaN out of non-NaN
/// arguments, or infinity out of a finite first argument (so pow(2, inf)
/// is a domain error, as in MicroPython).
kr_value binary(const kr_value *args, double (*f)(double, double)) {
    double x, y;
    if (!to_double(args[0], &x) || !to_double(args[1], &y)) return 0;
    double r = f(x, y);
    if (out_of_domain(r, isnan(x) || isnan(y), isinf(x))) return math_error();
    return kr_float_new(r);
}

/// A one-argument function defined only where `ok` holds.
kr_value unary_checked(const kr_value *args, double (*f)(double), bool (*ok)(double)) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    if (!ok(x)) return math_error();
    return unary(args, f);
}

bool positive(double x) {
    return !(x <= 0);
}
bool non_negative(double x) {
    return !(x < 0);
}

/// Define `math_<name>` calling libm's `fn` with the domain check.
#define MATH_UNARY(name, fn)                                                                       \
    kr_value math_##name(size_t, const kr_value *args, kr_value) {                                 \
        return unary(args, fn);                                                                    \
    }
#define MATH_BINARY(name, fn)                                                                      \
    kr_value math_##name(size_t, const kr_value *args, kr_value) {                                 \
        return binary(args, fn);                                                                   \
    }

MATH_UNARY(acos, acos)
MATH_UNARY(acosh, acosh)
MATH_UNARY(asin, asin)
MATH_UNARY(asinh, asinh)
MATH_UNARY(atan, atan)
MATH_UNARY(atanh, atanh)
MATH_UNARY(cos, cos)
MATH_UNARY(cosh, cosh)
MATH_UNARY(erf, erf)
MATH_UNARY(erfc, erfc)
MATH_UNARY(exp, exp)
MATH_UNARY(expm1, expm1)
MATH_UNARY(fabs, fabs)
MATH_UNARY(lgamma, lgamma)
MATH_UNARY(sin, sin)
MATH_UNARY(sinh, sinh)
MATH_UNARY(tan, tan)
MATH_UNARY(tanh, tanh)
MATH_BINARY(atan2, atan2)
MATH_BINARY(copysign, copysign)
MATH_BINARY(fmod, fmod)
MATH_BINARY(pow, pow)

#undef MATH_UNARY
#undef MATH_BINARY

/// tgamma, exact at the positive integers whose factorial a double holds
/// (some C libraries are an ulp off there: gamma(5) must be 24.0).
double gamma_exact(double x) {
    if (x >= 1 && x <= 23 && x == floor(x)) {
        double f = 1;
        for (double k = 2; k < x; k++)
            f *= k;
        return f;
    }
    return tgamma(x);
}

kr_value math_gamma(size_t, const kr_value *args, kr_value) {
    return unary(args, gamma_exact);
}

kr_value math_sqrt(size_t, const kr_value *args, kr_value) {
    return unary_checked(args, sqrt, non_negative);
}

kr_value math_log2(size_t, const kr_value *args, kr_value) {
    return unary_checked(args, log2, positive);
}

kr_value math_log10(size_t, const kr_value *args, kr_value) {
    return unary_checked(args, log10, positive);
}

/// log(x[, base]).
kr_value math_log(size_t nargs, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    if (x <= 0) return math_error();
    double l = log(x);
    if (nargs == 1) return kr_float_new(l);
    double base;
    if (!to_double(args[1], &base)) return 0;
    if (base <= 0) return math_error();
    if (base == 1) return kr_raise_msg(&kr_type_ZeroDivisionError, "divide by zero");
    return kr_float_new(l / log(base));
}

/// ceil, floor, trunc: the rounded double as an int.
kr_value to_int(const kr_value *args, double (*f)(double)) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_int_from_double(f(x));
}

kr_value math_ceil(size_t, const kr_value *args, kr_value) {
    return to_int(args, ceil);
}
kr_value math_floor(size_t, const kr_value *args, kr_value) {
    return to_int(args, floor);
}
kr_value math_trunc(size_t, const kr_value *args, kr_value) {
    return to_int(args, trunc);
}

kr_value math_degrees(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_float_new(x * (180.0 / kPi));
}

kr_value math_radians(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_float_new(x * (kPi / 180.0));
}

kr_value math_isfinite(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_bool(isfinite(x));
}

kr_value math_isinf(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_bool(isinf(x));
}

kr_value math_isnan(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    return kr_bool(isnan(x));
}

/// A 2-tuple (a, b); 0 on MemoryError.
kr_value pair(kr_value a, kr_value b) {
    if (!a || !b) return 0;
    kr_value items[2] = {a, b};
    return kr_build_tuple(2, items);
}

/// frexp(x) -> (mantissa, exponent).
kr_value math_frexp(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    int e = 0;
    double m = frexp(x, &e);
    kr_value mv = kr_float_new(m);
    return pair(mv, mv ? kr_small_int(e) : 0);
}

/// modf(x) -> (fractional part, integral part), both floats.
kr_value math_modf(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    double ip;
    double fp = modf(x, &ip);
    kr_value fv = kr_float_new(fp);
    return pair(fv, fv ? kr_float_new(ip) : 0);
}

/// ldexp(x, exp): exp a machine-word int. No domain check (MicroPython's
/// has none): ldexp(1.0, 5000) is inf.
kr_value math_ldexp(size_t, const kr_value *args, kr_value) {
    double x;
    if (!to_double(args[0], &x)) return 0;
    if (!kr_is_intlike(args[1]))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[1]));
    kr_int e;
    if (!kr_int_to_word(args[1], &e)) return 0;
    // Beyond these every finite non-zero x under- or overflows anyway, and
    // they fit ldexp's int on every target.
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    return kr_float_new(ldexp(x, (int)e));
}

/// isclose(a, b, *, rel_tol=1e-9, abs_tol=0).
kr_value math_isclose(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"rel_tol", "abs_tol"};
    kr_value opts[2] = {0, 0};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 2, opts)) return 0;
    double a, b, rel_tol = 1e-9, abs_tol = 0;
    if (!to_double(args[0], &a) || !to_double(args[1], &b)) return 0;
    if (opts[0] && !to_double(opts[0], &rel_tol)) return 0;
    if (opts[1] && !to_double(opts[1], &abs_tol)) return 0;
    if (rel_tol < 0 || abs_tol < 0) return math_error();
    if (a == b) return kr_bool(true);
    if (isinf(a) || isinf(b)) return kr_bool(false);
    double diff = fabs(b - a);
    return kr_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/// The product lo * (lo+1) * ... * hi, split in halves so the big
/// multiplications have balanced operands.
kr_value product(int64_t lo, int64_t hi) {
    if (hi - lo < 8) {
        kr_value acc = kr_small_int(1);
        for (int64_t i = lo; i <= hi && acc; ++i)
            acc = kr_binary_op(KR_BINARY_MUL, acc, kr_int_from_i64(i));
        return acc;
    }
    int64_t mid = lo + (hi - lo) / 2;
    kr_value left = product(lo, mid);
    kr_value right = left ? product(mid + 1, hi) : 0;
    return right ? kr_binary_op(KR_BINARY_MUL, left, right) : 0;
}

/// factorial(n) for an int n >= 0.
kr_value math_factorial(size_t, const kr_value *args, kr_value) {
    if (!kr_is_intlike(args[0]))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[0]));
    kr_int n;
    if (!kr_int_to_word(args[0], &n)) return 0;
    if (n < 0) return kr_raise_msg(&kr_type_ValueError, "negative factorial");
    if (!kr_stack_ok()) return 0;
    return n < 2 ? kr_small_int(1) : product(2, n);
}

KR_BUILTIN(acos_obj, "acos", math_acos, 1, 1);
KR_BUILTIN(acosh_obj, "acosh", math_acosh, 1, 1);
KR_BUILTIN(asin_obj, "asin", math_asin, 1, 1);
KR_BUILTIN(asinh_obj, "asinh", math_asinh, 1, 1);
KR_BUILTIN(atan_obj, "atan", math_atan, 1, 1);
KR_BUILTIN(atan2_obj, "atan2", math_atan2, 2, 2);
KR_BUILTIN(atanh_obj, "atanh", math_atanh, 1, 1);
KR_BUILTIN(ceil_obj, "ceil", math_ceil, 1, 1);
KR_BUILTIN(copysign_obj, "copysign", math_copysign, 2, 2);
KR_BUILTIN(cos_obj, "cos", math_cos, 1, 1);
KR_BUILTIN(cosh_obj, "cosh", math_cosh, 1, 1);
KR_BUILTIN(degrees_obj, "degrees", math_degrees, 1, 1);
KR_BUILTIN(erf_obj, "erf", math_erf, 1, 1);
KR_BUILTIN(erfc_obj, "erfc", math_erfc, 1, 1);
KR_BUILTIN(exp_obj, "exp", math_exp, 1, 1);
KR_BUILTIN(expm1_obj, "expm1", math_expm1, 1, 1);
KR_BUILTIN(fabs_obj, "fabs", math_fabs, 1, 1);
KR_BUILTIN(factorial_obj, "factorial", math_factorial, 1, 1);
KR_BUILTIN(floor_obj, "floor", math_floor, 1, 1);
KR_BUILTIN(fmod_obj, "fmod", math_fmod, 2, 2);
KR_BUILTIN(frexp_obj, "frexp", math_frexp, 1, 1);
KR_BUILTIN(gamma_obj, "gamma", math_gamma, 1, 1);
KR_BUILTIN_KW(isclose_obj, "isclose", math_isclose, 2, 2);
KR_BUILTIN(isfinite_obj, "isfinite", math_isfinite, 1, 1);
KR_BUILTIN(isinf_obj, "isinf", math_isinf, 1, 1);
KR_BUILTIN(isnan_obj, "isnan", math_isnan, 1, 1);
KR_BUILTIN(ldexp_obj, "ldexp", math_ldexp, 2, 2);
KR_BUILTIN(lgamma_obj, "lgamma", math_lgamma, 1, 1);
KR_BUILTIN(log_obj, "log", math_log, 1, 2);
KR_BUILTIN(log10_obj, "log10", math_log10, 1, 1);
KR_BUILTIN(log2_obj, "log2", math_log2, 1, 1);
KR_BUILTIN(modf_obj, "modf", math_modf, 1, 1);
KR_BUILTIN(pow_obj, "pow", math_pow, 2, 2);
KR_BUILTIN(radians_obj, "radians", math_radians, 1, 1);
KR_BUILTIN(sin_obj, "sin", math_sin, 1, 1);
KR_BUILTIN(sinh_obj, "sinh", math_sinh, 1, 1);
KR_BUILTIN(sqrt_obj, "sqrt", math_sqrt, 1, 1);
KR_BUILTIN(tan_obj, "tan", math_tan, 1, 1);
KR_BUILTIN(tanh_obj, "tanh", math_tanh, 1, 1);
KR_BUILTIN(trunc_obj, "trunc", math_trunc, 1, 1);

const kr_float e_obj = {{&kr_type_float}, kE};
const kr_float pi_obj = {{&kr_type_float}, kPi};
const kr_float tau_obj = {{&kr_type_float}, 2 * kPi};
const kr_float inf_obj = {{&kr_type_float}, __builtin_inf()};
const kr_float nan_obj = {{&kr_type_float}, __builtin_nan("")};

// clang-format off
const kr_attr_entry math_attrs[] = {
    KR_ATTR("acos", acos_obj),         KR_ATTR("acosh", acosh_obj),
    KR_ATTR("asin", asin_obj),         KR_ATTR("asinh", asinh_obj),
    KR_ATTR("atan", atan_obj),         KR_ATTR("atan2", atan2_obj),
    KR_ATTR("atanh", atanh_obj),       KR_ATTR("ceil", ceil_obj),
    KR_ATTR("copysign", copysign_obj), KR_ATTR("cos", cos_obj),
    KR_ATTR("cosh", cosh_obj),         KR_ATTR("degrees", degrees_obj),
    KR_ATTR("erf", erf_obj),           KR_ATTR("erfc", erfc_obj),
    KR_ATTR("exp", exp_obj),           KR_ATTR("expm1", expm1_obj),
    KR_ATTR("fabs", fabs_obj),         KR_ATTR("factorial", factorial_obj),
    KR_ATTR("floor", floor_obj),       KR_ATTR("fmod", fmod_obj),
    KR_ATTR("frexp", frexp_obj),       KR_ATTR("gamma", gamma_obj),
    KR_ATTR("isclose", isclose_obj),   KR_ATTR("isfinite", isfinite_obj),
    KR_ATTR("isinf", isinf_obj),       KR_ATTR("isnan", isnan_obj),
    KR_ATTR("ldexp", ldexp_obj),       KR_ATTR("lgamma", lgamma_obj),
    KR_ATTR("log", log_obj),           KR_ATTR("log10", log10_obj),
    KR_ATTR("log2", log2_obj),         KR_ATTR("modf", modf_obj),
    KR_ATTR("pow", pow_obj),           KR_ATTR("radians", radians_obj),
    KR_ATTR("sin", sin_obj),           KR_ATTR("sinh", sinh_obj),
    KR_ATTR("sqrt", sqrt_obj),         KR_ATTR("tan", tan_obj),
    KR_ATTR("tanh", tanh_obj),         KR_ATTR("trunc", trunc_obj),
    KR_ATTR("e", e_obj),               KR_ATTR("pi", pi_obj),
    KR_ATTR("tau", tau_obj),           KR_ATTR("inf", inf_obj),
    KR_ATTR("nan", nan_obj),
    {nullptr, nullptr}};
// clang-format on

} // namespace

const kr_builtin_module_def kr_module_math = {"math", math_attrs, nullptr};
