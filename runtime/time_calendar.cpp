//===- runtime/time_calendar.cpp - gmtime, localtime, mktime --------------===//
//
// The calendar half of the time module. Seconds count from 1970-01-01 UTC
// (MicroPython's Unix port; its bare-metal ports use 2000, but one epoch on
// every krait target keeps programs portable). A time tuple is MicroPython's
// 8-tuple (year, month, mday, hour, minute, second, weekday, yearday) with
// weekday 0 = Monday and yearday 1..366. Days <-> civil dates use the
// proleptic Gregorian calendar in 400-year eras (146097 days each), which is
// exact for any 64-bit day count without loops.
//
//===----------------------------------------------------------------------===//
#include "platform/platform.h"
#include "time_calendar.h"
#include "exception.h"
#include "function.h"

extern "C" __attribute__((weak)) int64_t kr_platform_utc_offset(int64_t) {
    return 0;
}

namespace {

struct civil {
    int64_t year;
    int month, day; // 1-based
};

/// The date `days` after 1970-01-01.
civil civil_from_days(int64_t days) {
    days += 719468; // shift the epoch to 0000-03-01: leap days fall at the end of a year
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t doe = days - era * 146097;                                   // [0, 146096]
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    int64_t mp = (5 * doy + 2) / 153;                                    // March = 0
    civil c;
    c.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    c.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    c.year = yoe + era * 400 + (c.month <= 2);
    return c;
}

/// Days from 1970-01-01 to the given date (month and day may be out of
/// range: they carry, as mktime's do).
int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
    month -= 1;
    year += month >= 0 ? month / 12 : (month - 11) / 12;
    month = ((month % 12) + 12) % 12 + 1;
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t yoe = year - era * 400;
    int64_t mp = month > 2 ? month - 3 : month + 9;
    int64_t doy = (153 * mp + 2) / 5 + day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int64_t floor_div(int64_t a, int64_t b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/// The 8-tuple for `secs` seconds after the epoch.
kr_value time_tuple(int64_t secs) {
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    civil c = civil_from_days(days);
    int64_t yday = days - days_from_civil(c.year, 1, 1) + 1;
    int64_t wday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday (3)
    kr_value items[8] = {kr_int_from_i64(c.year),
                         kr_small_int(c.month),
                         kr_small_int(c.day),
                         kr_small_int((kr_int)(rem / 3600)),
                         kr_small_int((kr_int)(rem / 60 % 60)),
                         kr_small_int((kr_int)(rem % 60)),
                         kr_small_int((kr_int)wday),
                         kr_small_int((kr_int)yday)};
    if (!items[0]) return 0;
    return kr_build_tuple(8, items);
}

/// The optional seconds argument: now when absent or None.
bool seconds_arg(size_t nargs, const kr_value *args, int64_t *secs) {
    if (nargs == 0 || args[0] == kr_val(&kr_None)) {
        *secs = (int64_t)(kr_platform_time_ns() / 1000000000u);
        return true;
    }
    double d;
    if (kr_int_to_i64(args[0], secs)) return true;
    if (kr_number_to_double(args[0], &d)) {
        *secs = (int64_t)d;
        return true;
    }
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[0]));
    return false;
}

} // namespace

kr_value kr_time_gmtime(size_t nargs, const kr_value *args, kr_value) {
    int64_t secs;
    if (!seconds_arg(nargs, args, &secs)) return 0;
    return time_tuple(secs);
}

kr_value kr_time_localtime(size_t nargs, const kr_value *args, kr_value) {
    int64_t secs;
    if (!seconds_arg(nargs, args, &secs)) return 0;
    return time_tuple(secs + kr_platform_utc_offset(secs));
}

kr_value kr_time_mktime(size_t, const kr_value *args, kr_value) {
    kr_value t = args[0];
    size_t n = 0;
    kr_value *items = kr_isinstance(t, &kr_type_tuple) ? kr_tuple_items(t, &n) : nullptr;
    if (n < 6) return kr_raise_msg(&kr_type_TypeError, "mktime needs a tuple of length 8 or 9");
    int64_t f[6];
    for (int i = 0; i < 6; ++i) {
        kr_value item = items[i];
        if (!kr_int_to_i64(item, &f[i]))
            return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(item));
    }
    int64_t local = days_from_civil(f[0], f[1], f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    return kr_int_from_i64(local - kr_platform_utc_offset(local));
}
