//===- runtime/str_format_percent.cpp - printf-style `%` formatting -------===//
//
// str % args: conversions s r a c d i u x X o e E f F g G with flags, width,
// precision ('*' from the args) and %(key)s lookups in a dict, rendered by
// the format engine of str_format.cpp. Errors use MicroPython's wording.
//
//===----------------------------------------------------------------------===//
#include "str_format_impl.h"

#include "dict.h"
#include "exception.h"
#include "floatobj.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

/// An int value for %d/%x/%c: ints as they are; floats truncated when
/// allowed (%d/%i/%u only, as in Python).
static kr_value int_arg(kr_value v, bool allow_float) {
    if (kr_fmt_is_int(v)) return v;
    // Truncated exactly at any magnitude; inf and NaN raise as int() does.
    if (allow_float && kr_isinstance(v, &kr_type_float))
        return kr_int_from_double(kr_float_value(v));
    return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
}

/// Read a '*' width/precision from the args.
static bool star_arg(const kr_value *items, size_t n, size_t *idx, size_t *out) {
    if (*idx >= n) {
        kr_raise_msg(&kr_type_TypeError, "format string needs more arguments");
        return false;
    }
    int64_t v;
    if (!kr_fmt_is_int(items[*idx]) || !kr_int_to_i64(items[*idx], &v)) {
        kr_raise_msg(&kr_type_TypeError, "* wants int");
        return false;
    }
    (*idx)++;
    *out = v < 0 ? 0 : (size_t)v;
    return true;
}

/// One conversion of `%`: the spec is parsed, the value chosen.
static bool modulo_one(kr_strbuf *b, char type, kr_value v, kr_fmt_spec *spec, bool zero,
                       size_t at) {
    switch (type) {
    case 's':
    case 'r':
    case 'a': {
        kr_value s = type == 's' ? kr_obj_str(v) : kr_obj_repr(v);
        return s && kr_fmt_str(b, s, spec);
    }
    case 'c':
        if (kr_is_str(v)) {
            if (kr_str_obj(v)->char_len != 1) {
                kr_raise_msg(&kr_type_TypeError, "%%c requires int or char");
                return false;
            }
            return kr_fmt_str(b, v, spec);
        }
        spec->type = 'c';
        return (v = int_arg(v, false)) && kr_fmt_int(b, v, spec);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        if (zero && spec->align != '<') {
            spec->fill = "0";
            spec->align = '=';
        }
        spec->type = type == 'i' || type == 'u' ? 'd' : type;
        if (spec->precision > 0) spec->min_digits = (size_t)spec->precision;
        spec->precision = -1;
        v = int_arg(v, spec->type == 'd');
        return v && kr_fmt_int(b, v, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double d;
        if (!kr_number_to_double(v, &d)) {
            kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
            return false;
        }
        if (zero && spec->align != '<') {
            spec->fill = "0";
            spec->align = '=';
        }
        spec->type = type;
        return kr_fmt_float(b, d, spec);
    }
    default:
        kr_raise_msg(&kr_type_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                     type, (unsigned)(unsigned char)type, at);
        return false;
    }
}

kr_value kr_str_modulo(kr_value fmt, kr_value args) {
    const kr_value *items = &args;
    size_t n = 1, idx = 0;
    if (kr_is_tuple(args)) items = kr_tuple_items(args, &n);
    bool mapping = kr_is_dict(args);
    size_t len;
    const char *s = kr_str_data(fmt, &len);
    kr_strbuf b;
    kr_strbuf_init(&b);
    for (size_t i = 0; i < len;) {
        size_t run = i;
        while (i < len && s[i] != '%')
            i++;
        kr_fmt_put(&b, s + run, i - run);
        if (i == len) break;
        i++;
        if (i < len && s[i] == '%') {
            kr_fmt_put(&b, "%", 1);
            i++;
            continue;
        }
        kr_value v = 0;
        if (i < len && s[i] == '(') {
            size_t k = i + 1;
            while (k < len && s[k] != ')')
                k++;
            if (k == len) return kr_raise_msg(&kr_type_ValueError, "incomplete format key");
            if (!mapping) return kr_raise_msg(&kr_type_TypeError, "format needs a dict");
            kr_value key = kr_str_new(s + i + 1, k - i - 1);
            if (!key || !(v = kr_getitem(args, key))) return 0;
            i = k + 1;
        }
        kr_fmt_spec spec;
        spec.align = '>';
        bool zero = false;
        for (; i < len && strchr("-+ #0", s[i]); i++) {
            if (s[i] == '-')
                spec.align = '<';
            else if (s[i] == '0')
                zero = true;
            else if (s[i] == '#')
                spec.alt = true;
            else if (spec.sign != '+')
                spec.sign = s[i];
        }
        const char *p = s + i;
        if (i < len && s[i] == '*') {
            if (!star_arg(items, n, &idx, &spec.width)) return 0;
            p++;
        } else {
            kr_fmt_parse_num(&p, s + len, &spec.width);
        }
        if (p < s + len && *p == '.') {
            p++;
            size_t prec = 0;
            if (p < s + len && *p == '*') {
                if (!star_arg(items, n, &idx, &prec)) return 0;
                p++;
            } else {
                kr_fmt_parse_num(&p, s + len, &prec);
            }
            spec.precision = prec > 1000 ? 1000 : (int)prec;
        }
        i = (size_t)(p - s);
        if (i == len) return kr_raise_msg(&kr_type_ValueError, "incomplete format");
        if (!v) {
            if (idx >= n)
                return kr_raise_msg(&kr_type_TypeError, "format string needs more arguments");
            v = items[idx++];
        }
        if (!modulo_one(&b, s[i], v, &spec, zero, i)) return 0;
        i++;
    }
    if (!mapping && idx < n)
        return kr_raise_msg(&kr_type_TypeError, "format string didn't convert all arguments");
    return kr_strbuf_to_str(&b);
}
