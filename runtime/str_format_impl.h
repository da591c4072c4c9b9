//===- runtime/str_format_impl.h - the format engine, shared ----*- C++ -*-===//
//
// Internal to str_format.cpp (format specs, format(), str.format) and
// str_format_percent.cpp (printf-style `%`): the parsed spec and the
// renderers both use.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_STR_FORMAT_IMPL_H
#define KRAIT_RUNTIME_STR_FORMAT_IMPL_H

#include "object.h"

/// A parsed format spec: [[fill]align][sign][#][0][width][,|_][.precision][type]
struct kr_fmt_spec {
    const char *fill = " ";
    size_t fill_len = 1;
    char align = 0; ///< '<', '>', '^', '=' or 0 for the type's default
    char sign = 0;  ///< '+', '-', ' ' or 0
    bool alt = false;
    size_t width = 0;
    char grouping = 0;
    int precision = -1;
    char type = 0;
    /// %-formatting of ints: the precision is a minimum digit count.
    size_t min_digits = 0;
};

/// Parse decimal digits at *p (bounded by end) into *out; false when there
/// are none.
bool kr_fmt_parse_num(const char **p, const char *end, size_t *out);
/// Append bytes to the builder.
void kr_fmt_put(kr_strbuf *b, const char *s, size_t n);
/// Render a str, an int (or bool) or a double under `spec`. False with an
/// exception pending (bad spec for the type, MemoryError).
bool kr_fmt_str(kr_strbuf *b, kr_value s, const kr_fmt_spec *spec);
bool kr_fmt_int(kr_strbuf *b, kr_value v, const kr_fmt_spec *spec);
bool kr_fmt_float(kr_strbuf *b, double d, const kr_fmt_spec *spec);
/// True for ints and bools.
bool kr_fmt_is_int(kr_value v);

#endif // KRAIT_RUNTIME_STR_FORMAT_IMPL_H
