//===- runtime/modtime.cpp - the time module ------------------------------===//
//
// MicroPython's time module: time(), time_ns(), sleep(), sleep_ms(),
// sleep_us(), and the wrapping tick counters ticks_ms(), ticks_us(),
// ticks_add(), ticks_diff(). Ticks wrap at the small-int range, as
// MicroPython's do, so they never allocate.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "module.h"
#include "platform/platform.h"
#include "time_calendar.h"

//===--- Weak platform defaults -------------------------------------------===//

extern "C" {
__attribute__((weak)) uint64_t kr_platform_ticks_us(void) {
    return kr_platform_ticks_ms() * 1000u;
}

__attribute__((weak)) uint64_t kr_platform_time_ns(void) {
    return kr_platform_ticks_us() * 1000u;
}

__attribute__((weak)) void kr_platform_sleep_us(uint64_t us) {
    uint64_t start = kr_platform_ticks_us();
    while (kr_platform_ticks_us() - start < us) {
    }
}
}

namespace {

/// Ticks wrap at this power of two (the positive small-int range).
constexpr uint64_t kTicksPeriod = (uint64_t)KR_SMALL_INT_MAX + 1;

kr_value ticks(uint64_t t) {
    return kr_small_int((kr_int)(t & (kTicksPeriod - 1)));
}

/// A number of seconds (int or float) as microseconds; false when invalid.
bool seconds_to_us(kr_value v, uint64_t *us) {
    double d;
    if (!kr_number_to_double(v, &d)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
        return false;
    }
    if (d < 0) {
        kr_raise_msg(&kr_type_ValueError, "sleep length must be non-negative");
        return false;
    }
    *us = (uint64_t)(d * 1e6);
    return true;
}

/// An int argument as a machine word; false with TypeError otherwise.
bool int_arg(kr_value v, int64_t *out) {
    if (kr_int_to_i64(v, out)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
    return false;
}

kr_value time_time(size_t, const kr_value *, kr_value) {
    return kr_float_new((double)kr_platform_time_ns() / 1e9);
}

kr_value time_time_ns(size_t, const kr_value *, kr_value) {
    return kr_int_from_i64((int64_t)kr_platform_time_ns());
}

kr_value time_sleep(size_t, const kr_value *args, kr_value) {
    uint64_t us;
    if (!seconds_to_us(args[0], &us)) return 0;
    kr_platform_sleep_us(us);
    return kr_val(&kr_None);
}

kr_value sleep_scaled(kr_value v, uint64_t unit_us) {
    int64_t n;
    if (!int_arg(v, &n)) return 0;
    if (n > 0) kr_platform_sleep_us((uint64_t)n * unit_us);
    return kr_val(&kr_None);
}

kr_value time_sleep_ms(size_t, const kr_value *args, kr_value) {
    return sleep_scaled(args[0], 1000);
}

kr_value time_sleep_us(size_t, const kr_value *args, kr_value) {
    return sleep_scaled(args[0], 1);
}

kr_value time_ticks_ms(size_t, const kr_value *, kr_value) {
    return ticks(kr_platform_ticks_ms());
}

kr_value time_ticks_us(size_t, const kr_value *, kr_value) {
    return ticks(kr_platform_ticks_us());
}

kr_value time_ticks_add(size_t, const kr_value *args, kr_value) {
    int64_t t, delta;
    if (!int_arg(args[0], &t) || !int_arg(args[1], &delta)) return 0;
    return ticks((uint64_t)t + (uint64_t)delta);
}

/// ticks_diff(end, start): the signed distance, correct across one wrap.
kr_value time_ticks_diff(size_t, const kr_value *args, kr_value) {
    int64_t end, start;
    if (!int_arg(args[0], &end) || !int_arg(args[1], &start)) return 0;
    uint64_t half = kTicksPeriod / 2;
    uint64_t d = ((uint64_t)end - (uint64_t)start + half) & (kTicksPeriod - 1);
    return kr_small_int((kr_int)((int64_t)d - (int64_t)half));
}

KR_BUILTIN(time_time_obj, "time", time_time, 0, 0);
KR_BUILTIN(time_time_ns_obj, "time_ns", time_time_ns, 0, 0);
KR_BUILTIN(time_sleep_obj, "sleep", time_sleep, 1, 1);
KR_BUILTIN(time_sleep_ms_obj, "sleep_ms", time_sleep_ms, 1, 1);
KR_BUILTIN(time_sleep_us_obj, "sleep_us", time_sleep_us, 1, 1);
KR_BUILTIN(time_ticks_ms_obj, "ticks_ms", time_ticks_ms, 0, 0);
KR_BUILTIN(time_ticks_us_obj, "ticks_us", time_ticks_us, 0, 0);
KR_BUILTIN(time_ticks_add_obj, "ticks_add", time_ticks_add, 2, 2);
KR_BUILTIN(time_ticks_diff_obj, "ticks_diff", time_ticks_diff, 2, 2);
KR_BUILTIN(time_ticks_cpu_obj, "ticks_cpu", time_ticks_us, 0, 0);
KR_BUILTIN(time_gmtime_obj, "gmtime", kr_time_gmtime, 0, 1);
KR_BUILTIN(time_localtime_obj, "localtime", kr_time_localtime, 0, 1);
KR_BUILTIN(time_mktime_obj, "mktime", kr_time_mktime, 1, 1);

const kr_attr_entry time_attrs[] = {KR_ATTR("time", time_time_obj),
                                    KR_ATTR("time_ns", time_time_ns_obj),
                                    KR_ATTR("sleep", time_sleep_obj),
                                    KR_ATTR("sleep_ms", time_sleep_ms_obj),
                                    KR_ATTR("sleep_us", time_sleep_us_obj),
                                    KR_ATTR("ticks_ms", time_ticks_ms_obj),
                                    KR_ATTR("ticks_us", time_ticks_us_obj),
                                    KR_ATTR("ticks_add", time_ticks_add_obj),
                                    KR_ATTR("ticks_diff", time_ticks_diff_obj),
                                    KR_ATTR("ticks_cpu", time_ticks_cpu_obj),
                                    KR_ATTR("gmtime", time_gmtime_obj),
                                    KR_ATTR("localtime", time_localtime_obj),
                                    KR_ATTR("mktime", time_mktime_obj),
                                    {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_time = {"time", time_attrs, nullptr};
