//===- runtime/time_calendar.h - the time module's calendar ----*- C++ -*-===//
//
// gmtime, localtime and mktime (time_calendar.cpp), as builtin-function
// bodies for modtime.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_TIME_CALENDAR_H
#define KRAIT_RUNTIME_TIME_CALENDAR_H

#include "object.h"

/// time.gmtime([secs]): the UTC 8-tuple for secs (now when absent or None).
kr_value kr_time_gmtime(size_t nargs, const kr_value *args, kr_value kwnames);
/// time.localtime([secs]): as gmtime, shifted by the platform's UTC offset.
kr_value kr_time_localtime(size_t nargs, const kr_value *args, kr_value kwnames);
/// time.mktime(tuple): the inverse of localtime (fields carry as in C).
kr_value kr_time_mktime(size_t nargs, const kr_value *args, kr_value kwnames);

extern "C" {
/// Seconds to add to UTC to get local time at `secs` after the epoch; the
/// runtime's weak default is 0 (bare metal keeps UTC).
int64_t kr_platform_utc_offset(int64_t secs);
}

#endif // KRAIT_RUNTIME_TIME_CALENDAR_H
