//===- runtime/modcmath.cpp - the cmath module ----------------------------===//
//
// MicroPython's subset of cmath: cos, exp, log, log10, phase, polar, rect,
// sin, sqrt, and the constants e and pi. Arguments may be ints, floats or
// complex numbers. The formulas work on the real and imaginary parts with
// libm's real functions (the runtime has no C complex support on every
// target). log of zero raises ValueError "math domain error", as CPython.
//
//===----------------------------------------------------------------------===//
#include "complex.h"
#include "exception.h"
#include "floatobj.h"
#include "function.h"
#include "module.h"
#include "runtime.h"

#include <math.h>

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kE = 2.71828182845904523536;
constexpr double kLn10 = 2.30258509299404568402;

/// An argument as a complex pair; TypeError for non-numbers.
bool arg(kr_value v, double *re, double *im) {
    if (kr_number_to_complex(v, re, im)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to complex", kr_type_name(v));
    return false;
}

/// A real argument (rect's); TypeError for complex and non-numbers.
bool real_arg(kr_value v, double *out) {
    if (kr_number_to_double(v, out)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
    return false;
}

kr_value cmath_phase(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    return kr_float_new(atan2(im, re));
}

kr_value cmath_polar(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    kr_value r = kr_float_new(hypot(re, im));
    kr_value phi = r ? kr_float_new(atan2(im, re)) : 0;
    if (!phi) return 0;
    kr_value items[2] = {r, phi};
    return kr_build_tuple(2, items);
}

kr_value cmath_rect(size_t, const kr_value *args, kr_value) {
    double r, phi;
    if (!real_arg(args[0], &r) || !real_arg(args[1], &phi)) return 0;
    return kr_complex_new(r * cos(phi), r * sin(phi));
}

kr_value cmath_exp(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    double m = exp(re);
    // exp(x + 0j) stays real: no inf * 0 NaN for a huge x.
    if (im == 0) return kr_complex_new(m, im);
    return kr_complex_new(m * cos(im), m * sin(im));
}

/// log(z) = ln|z| + i arg(z), scaled by `scale` (1 for log, 1/ln 10 for log10).
kr_value log_scaled(const kr_value *args, double scale) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    if (re == 0 && im == 0) return kr_raise_msg(&kr_type_ValueError, "math domain error");
    return kr_complex_new(log(hypot(re, im)) * scale, atan2(im, re) * scale);
}

kr_value cmath_log(size_t, const kr_value *args, kr_value) {
    return log_scaled(args, 1.0);
}

kr_value cmath_log10(size_t, const kr_value *args, kr_value) {
    return log_scaled(args, 1.0 / kLn10);
}

/// The principal square root, computed from the larger of |re| and |z| so
/// neither part cancels: t = sqrt((|re| + |z|) / 2) is one part, im / 2t the
/// other.
kr_value cmath_sqrt(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    if (re == 0 && im == 0) return kr_complex_new(0, im);
    double t = sqrt((fabs(re) + hypot(re, im)) / 2);
    if (re >= 0) return kr_complex_new(t, im / (2 * t));
    return kr_complex_new(fabs(im) / (2 * t), copysign(t, im));
}

kr_value cmath_sin(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    return kr_complex_new(sin(re) * cosh(im), cos(re) * sinh(im));
}

kr_value cmath_cos(size_t, const kr_value *args, kr_value) {
    double re, im;
    if (!arg(args[0], &re, &im)) return 0;
    return kr_complex_new(cos(re) * cosh(im), -sin(re) * sinh(im));
}

KR_BUILTIN(cos_obj, "cos", cmath_cos, 1, 1);
KR_BUILTIN(exp_obj, "exp", cmath_exp, 1, 1);
KR_BUILTIN(log_obj, "log", cmath_log, 1, 1);
KR_BUILTIN(log10_obj, "log10", cmath_log10, 1, 1);
KR_BUILTIN(phase_obj, "phase", cmath_phase, 1, 1);
KR_BUILTIN(polar_obj, "polar", cmath_polar, 1, 1);
KR_BUILTIN(rect_obj, "rect", cmath_rect, 2, 2);
KR_BUILTIN(sin_obj, "sin", cmath_sin, 1, 1);
KR_BUILTIN(sqrt_obj, "sqrt", cmath_sqrt, 1, 1);

const kr_float e_obj = {{&kr_type_float}, kE};
const kr_float pi_obj = {{&kr_type_float}, kPi};

const kr_attr_entry cmath_attrs[] = {
    KR_ATTR("cos", cos_obj),     KR_ATTR("exp", exp_obj),     KR_ATTR("log", log_obj),
    KR_ATTR("log10", log10_obj), KR_ATTR("phase", phase_obj), KR_ATTR("polar", polar_obj),
    KR_ATTR("rect", rect_obj),   KR_ATTR("sin", sin_obj),     KR_ATTR("sqrt", sqrt_obj),
    KR_ATTR("e", e_obj),         KR_ATTR("pi", pi_obj),       {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_cmath = {"cmath", cmath_attrs, nullptr};
