//===- runtime/str_format.cpp - format specs, str.format, % and f-strings --===//
//
// Part of the krait runtime. One engine renders a value under a parsed
// format spec; format(), f-string fields, str.format() and printf-style `%`
// (str_format_percent.cpp) all feed it.
//
//===----------------------------------------------------------------------===//
#include "str_format_impl.h"

#include "dict.h"
#include "exception.h"
#include "floatobj.h"
#include "function.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// The spec and its parser
//===----------------------------------------------------------------------===//

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/// Parse digits at *p (bounded by end) into *out; false when there are none.
bool kr_fmt_parse_num(const char **p, const char *end, size_t *out) {
    if (*p == end || **p < '0' || **p > '9') return false;
    size_t n = 0;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++)
        n = n * 10 + (size_t)(**p - '0');
    *out = n;
    return true;
}

static bool parse_spec(const char *s, size_t len, kr_fmt_spec *out) {
    const char *p = s, *end = s + len;
    // A fill is any code point, recognised by the align char after it.
    size_t cp = 1;
    while (cp < len && ((unsigned char)s[cp] & 0xC0) == 0x80)
        cp++;
    bool fill_given = false;
    if (cp < len && is_align(s[cp])) {
        fill_given = true;
        out->fill = s;
        out->fill_len = cp;
        out->align = s[cp];
        p += cp + 1;
    } else if (p < end && is_align(*p)) {
        out->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) out->sign = *p++;
    if (p < end && *p == '#') {
        out->alt = true;
        p++;
    }
    // '0' pads with zeros unless a fill is given, after the sign unless an
    // alignment is given: "<08" left-aligns with zeros.
    if (p < end && *p == '0') {
        if (!out->align) out->align = '=';
        if (!fill_given) out->fill = "0";
        p++;
    }
    kr_fmt_parse_num(&p, end, &out->width);
    if (p < end && (*p == ',' || *p == '_')) out->grouping = *p++;
    if (p < end && *p == '.') {
        p++;
        size_t prec;
        if (!kr_fmt_parse_num(&p, end, &prec)) {
            kr_raise_msg(&kr_type_ValueError, "format specifier missing precision");
            return false;
        }
        out->precision = prec > 1000 ? 1000 : (int)prec;
    }
    if (p < end) out->type = *p++;
    if (p != end) {
        kr_raise_msg(&kr_type_ValueError, "invalid format specifier");
        return false;
    }
    return true;
}

//===----------------------------------------------------------------------===//
// Rendering
//===----------------------------------------------------------------------===//

void kr_fmt_put(kr_strbuf *b, const char *s, size_t n) {
    kr_print_bytes(&b->printer, s, n);
}

static void put_fill(kr_strbuf *b, const kr_fmt_spec *spec, size_t n) {
    for (size_t i = 0; i < n; i++)
        kr_fmt_put(b, spec->fill, spec->fill_len);
}

/// Write prefix (sign, 0x) and body padded to the spec's width.
static void emit(kr_strbuf *b, const kr_fmt_spec *spec, const char *prefix, size_t plen,
                 const char *body, size_t blen, char default_align) {
    size_t chars = plen + kr_utf8_count(body, blen);
    size_t pad = spec->width > chars ? spec->width - chars : 0;
    char align = spec->align ? spec->align : default_align;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align == '=') {
        kr_fmt_put(b, prefix, plen);
        put_fill(b, spec, pad);
        kr_fmt_put(b, body, blen);
        return;
    }
    put_fill(b, spec, left);
    kr_fmt_put(b, prefix, plen);
    kr_fmt_put(b, body, blen);
    put_fill(b, spec, pad - left);
}

/// Copy digits[0, n) to out inserting `sep` every `every` digits from the
/// right; returns the length written (out needs n + n / every bytes).
static size_t group(const char *digits, size_t n, char sep, size_t every, char *out) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % every == 0) out[w++] = sep;
        out[w++] = digits[i];
    }
    return w;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
static bool is_hex_letter(char c) {
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Emit a number whose magnitude is `digits` (integer part first, then any
/// fraction/exponent), applying grouping to the integer part.
static bool emit_number(kr_strbuf *b, const kr_fmt_spec *spec, bool negative, const char *radix,
                        const char *digits, size_t n) {
    char prefix[4];
    size_t plen = 0;
    if (negative)
        prefix[plen++] = '-';
    else if (spec->sign == '+' || spec->sign == ' ')
        prefix[plen++] = spec->sign;
    for (; *radix; radix++)
        prefix[plen++] = *radix;
    if (!spec->grouping) {
        emit(b, spec, prefix, plen, digits, n, '>');
        return true;
    }
    // Binary, octal and hex digits group by four (0b1111_0000), others by
    // three. Hex digits include letters.
    bool by4 = spec->type && strchr("boxX", spec->type);
    size_t every = by4 ? 4 : 3;
    size_t int_len = 0;
    while (int_len < n && (is_digit(digits[int_len]) || (by4 && is_hex_letter(digits[int_len]))))
        int_len++;
    // Zero padding is part of the grouped digits: 0,001 not 00001.
    size_t zeros = 0;
    if (spec->align == '=' && spec->fill[0] == '0' && spec->width > plen + n - int_len) {
        size_t need = spec->width - plen - (n - int_len);
        while (int_len + zeros + (int_len + zeros - 1) / every < need)
            zeros++;
    }
    // tmp holds the grouped output, then scratch space for the padded digits.
    size_t k = int_len + zeros, out_max = k + k / every + (n - int_len);
    char *tmp = (char *)kr_gc_alloc_atomic(out_max + k + 1);
    if (!tmp) return false;
    memset(tmp + out_max, '0', zeros);
    memcpy(tmp + out_max + zeros, digits, int_len);
    size_t w = group(tmp + out_max, k, spec->grouping, every, tmp);
    memcpy(tmp + w, digits + int_len, n - int_len);
    emit(b, spec, prefix, plen, tmp, w + n - int_len, '>');
    return true;
}

/// Remove trailing zeros (and a bare point) from the mantissa of "d.ddde+xx"
/// as %g does; returns the new length.
static size_t strip_mantissa_zeros(char *s, size_t n) {
    char *e = (char *)memchr(s, 'e', n);
    if (!e || !memchr(s, '.', (size_t)(e - s))) return n;
    char *m = e;
    while (m[-1] == '0')
        m--;
    if (m[-1] == '.') m--;
    size_t tail = n - (size_t)(e - s);
    memmove(m, e, tail + 1);
    return (size_t)(m - s) + tail;
}

bool kr_fmt_float(kr_strbuf *b, double d, const kr_fmt_spec *in) {
    kr_fmt_spec spec = *in;
    char type = spec.type && spec.type != 'n' ? spec.type : 'g';
    int prec = spec.precision < 0 ? 6 : spec.precision;
    bool percent = type == '%';
    if (percent) {
        d *= 100;
        type = 'f';
    }
    bool negative = signbit(d);
    double mag = negative ? -d : d;
    if (type != 'e' && type != 'E' && type != 'f' && type != 'F' && type != 'g' && type != 'G') {
        kr_raise_msg(&kr_type_ValueError, "unknown format code '%c' for object of type 'float'",
                     type);
        return false;
    }
    if (!spec.type && spec.precision < 0) {
        // No type, no precision: the digits str() prints, as Python does.
        kr_value s = kr_obj_str(kr_float_new(mag));
        if (!s) return false;
        size_t len;
        const char *text = kr_str_data(s, &len);
        return emit_number(b, &spec, negative, "", text, len);
    }
    // No type with a precision is 'g' whose switch to exponent notation
    // comes one digit earlier (at exponent p - 1) and whose fixed notation
    // keeps a decimal point.
    bool strip_zeros = false;
    if (!spec.type && spec.precision >= 0 && isfinite(d) && mag != 0) {
        int p = prec ? prec : 1;
        int x;
        if (!kr_float_decimal_exponent(mag, p, &x)) return false;
        if (x == p - 1) {
            // %g would print this one fixed, without the point.
            type = 'e';
            prec = p - 1;
            strip_zeros = !spec.alt;
        }
    }
    // Exact digits at any precision (the C library's printf may not be).
    size_t exact_len;
    char *exact = kr_float_format_exact(mag, type, prec, spec.alt, &exact_len);
    if (!exact) return false;
    // Room for the ".0" and '%' appended below.
    char *digits = (char *)kr_gc_alloc_atomic(exact_len + 4);
    if (!digits) return false;
    memcpy(digits, exact, exact_len + 1);
    int n = (int)exact_len;
    if (strip_zeros) n = (int)strip_mantissa_zeros(digits, (size_t)n);
    // No type with a precision is 'g' that keeps a decimal point.
    if (!spec.type && spec.precision >= 0 && isfinite(d) && !strpbrk(digits, ".e")) {
        memcpy(digits + n, ".0", 3);
        n += 2;
    }
    if (percent) digits[n++] = '%';
    return emit_number(b, &spec, negative, "", digits, (size_t)n);
}

/// Digits of an unsigned magnitude in a radix, most significant first.
static size_t utoa(uint64_t v, unsigned radix, bool upper, char *out) {
    char tmp[65];
    size_t n = 0;
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = set[v % radix];
        v /= radix;
    } while (v);
    for (size_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/// emit_number for an int's digits, zero-extended to spec->min_digits.
static bool emit_int_digits(kr_strbuf *b, const kr_fmt_spec *spec, bool negative,
                            const char *prefix, const char *digits, size_t n) {
    if (spec->min_digits <= n) return emit_number(b, spec, negative, prefix, digits, n);
    char *padded = (char *)kr_gc_alloc_atomic(spec->min_digits + 1);
    if (!padded) return false;
    size_t zeros = spec->min_digits - n;
    memset(padded, '0', zeros);
    memcpy(padded + zeros, digits, n);
    return emit_number(b, spec, negative, prefix, padded, spec->min_digits);
}

bool kr_fmt_int(kr_strbuf *b, kr_value v, const kr_fmt_spec *spec) {
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type)) {
        double d;
        kr_number_to_double(v, &d);
        return kr_fmt_float(b, d, spec);
    }
    if (spec->precision >= 0) {
        kr_raise_msg(&kr_type_ValueError, "precision not allowed in integer format specifier");
        return false;
    }
    int64_t i;
    bool fits = kr_int_to_i64(v, &i);
    if (type == 'c') {
        if (!fits || i < 0 || i > 0x10ffff) {
            kr_raise_msg(&kr_type_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        char u[4];
        uint32_t c = (uint32_t)i;
        size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
        for (size_t k = n; k-- > 1; c >>= 6)
            u[k] = (char)(0x80 | (c & 0x3f));
        u[0] = (char)(lead[n] | c);
        emit(b, spec, "", 0, u, n, '<');
        return true;
    }
    unsigned radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
    if (radix == 10 && type != 'd' && type != 'n') {
        kr_raise_msg(&kr_type_ValueError, "unknown format code '%c' for object of type '%s'", type,
                     kr_type_name(v));
        return false;
    }
    const char *prefix = "";
    if (spec->alt && radix != 10)
        prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "0b";
    if (!fits) {
        // A big int: the int type renders its digits.
        size_t n;
        bool neg;
        char *d = kr_int_to_chars(v, radix, &n, &neg);
        if (!d) return false;
        if (type == 'X')
            for (size_t i = 0; i < n; i++)
                if (d[i] >= 'a' && d[i] <= 'z') d[i] = (char)(d[i] - 32);
        return emit_int_digits(b, spec, neg, prefix, d, n);
    }
    char digits[65];
    uint64_t mag = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    size_t n = utoa(mag, radix, type == 'X', digits);
    return emit_int_digits(b, spec, i < 0, prefix, digits, n);
}

bool kr_fmt_str(kr_strbuf *b, kr_value s, const kr_fmt_spec *spec) {
    if (spec->type && spec->type != 's') {
        kr_raise_msg(&kr_type_ValueError, "unknown format code '%c' for object of type 'str'",
                     spec->type);
        return false;
    }
    if (spec->sign) {
        kr_raise_msg(&kr_type_ValueError, "sign not allowed in string format specifier");
        return false;
    }
    if (spec->align == '=') {
        kr_raise_msg(&kr_type_ValueError, "'=' alignment not allowed in string format specifier");
        return false;
    }
    size_t len;
    const char *data = kr_str_data(s, &len);
    if (spec->precision >= 0) len = kr_utf8_offset(data, len, (size_t)spec->precision);
    emit(b, spec, "", 0, data, len, '<');
    return true;
}

bool kr_fmt_is_int(kr_value v) {
    return kr_is_small_int(v) || kr_isinstance(v, &kr_type_int);
}

/// Render any value under spec.
static bool format_any(kr_strbuf *b, kr_value v, const kr_fmt_spec *spec) {
    if (kr_fmt_is_int(v)) return kr_fmt_int(b, v, spec);
    if (kr_isinstance(v, &kr_type_float)) return kr_fmt_float(b, kr_float_value(v), spec);
    if (!kr_is_str(v) && !(v = kr_obj_str(v))) return false;
    return kr_fmt_str(b, v, spec);
}

//===----------------------------------------------------------------------===//
// format() and f-strings
//===----------------------------------------------------------------------===//

/// Append value formatted under spec bytes to b.
static bool format_into(kr_strbuf *b, kr_value value, const char *spec, size_t len) {
    if (len == 0) {
        kr_value s = kr_is_str(value) ? value : kr_obj_str(value);
        if (!s) return false;
        size_t n;
        const char *d = kr_str_data(s, &n);
        kr_fmt_put(b, d, n);
        return true;
    }
    kr_fmt_spec parsed;
    return parse_spec(spec, len, &parsed) && format_any(b, value, &parsed);
}

kr_value kr_format(kr_value value, kr_value spec) {
    size_t len = 0;
    const char *s = "";
    if (spec && spec != kr_val(&kr_None)) {
        if (!kr_is_str(spec))
            return kr_raise_msg(&kr_type_TypeError, "format expects arg 2 to be str");
        s = kr_str_data(spec, &len);
    }
    if (len == 0) return kr_is_str(value) ? value : kr_obj_str(value);
    kr_strbuf b;
    kr_strbuf_init(&b);
    if (!format_into(&b, value, s, len)) return 0;
    return kr_strbuf_to_str(&b);
}

/// Apply a !r / !s / !a conversion.
static kr_value convert(kr_value v, int conversion) {
    if (conversion == 'r' || conversion == 'a') return kr_obj_repr(v);
    if (conversion == 's') return kr_obj_str(v);
    return v;
}

kr_value kr_format_value(kr_value v, kr_value spec, int conversion) {
    v = convert(v, conversion);
    return v ? kr_format(v, spec) : 0;
}

kr_value kr_str_build(size_t n, const kr_value *parts) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!kr_is_str(parts[i]))
            return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                                kr_type_name(parts[i]));
        total += kr_str_obj(parts[i])->len;
    }
    kr_str *out = kr_str_alloc(total);
    if (!out) return 0;
    size_t chars = 0;
    char *w = out->data;
    for (size_t i = 0; i < n; i++) {
        const kr_str *s = kr_str_obj(parts[i]);
        memcpy(w, s->data, s->len);
        w += s->len;
        chars += s->char_len;
    }
    out->char_len = chars;
    return kr_val(out);
}

//===----------------------------------------------------------------------===//
// str.format()
//===----------------------------------------------------------------------===//

/// The arguments of a str.format() call.
struct format_args {
    const kr_value *pos; ///< positional args (after the format string)
    size_t npos;
    const kr_value *kw; ///< keyword values, named by kwnames
    kr_value kwnames;
    size_t next_auto; ///< next automatic field number
    int numbering;    ///< 0 unknown, 1 automatic, 2 manual
};

/// Switch field numbering mode; MicroPython's error when they are mixed.
static bool set_numbering(format_args *a, int mode) {
    if (a->numbering && a->numbering != mode) {
        kr_raise_msg(&kr_type_ValueError, mode == 2 ? "can't switch from automatic field "
                                                      "numbering to manual field specification"
                                                    : "can't switch from manual field "
                                                      "specification to automatic field "
                                                      "numbering");
        return false;
    }
    a->numbering = mode;
    return true;
}

static bool all_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return n > 0;
}

static size_t parse_index(const char *s, size_t n) {
    size_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (size_t)(s[i] - '0');
    return v;
}

/// Resolve a field name (arg_name then .attr / [key] accessors) to a value.
static kr_value field_value(format_args *a, const char *s, size_t n) {
    size_t head = 0;
    while (head < n && s[head] != '.' && s[head] != '[')
        head++;
    kr_value v;
    if (head == 0 || all_digits(s, head)) {
        size_t idx = 0;
        if (head == 0) {
            if (!set_numbering(a, 1)) return 0;
            idx = a->next_auto++;
        } else {
            if (!set_numbering(a, 2)) return 0;
            idx = parse_index(s, head);
        }
        if (idx >= a->npos) return kr_raise_msg(&kr_type_IndexError, "tuple index out of range");
        v = a->pos[idx];
    } else {
        size_t nkw = kr_kwnames_count(a->kwnames);
        v = 0;
        for (size_t i = 0; i < nkw && !v; i++) {
            size_t len;
            const char *name = kr_str_data(kr_kwname(a->kwnames, i), &len);
            if (len == head && memcmp(name, s, head) == 0) v = a->kw[i];
        }
        if (!v) {
            kr_value key = kr_str_new(s, head);
            return key ? kr_raise_with_arg(&kr_type_KeyError, key) : 0;
        }
    }
    for (size_t i = head; i < n && v;) {
        size_t j = i + 1;
        if (s[i] == '.') {
            while (j < n && s[j] != '.' && s[j] != '[')
                j++;
            kr_value name = kr_str_new(s + i + 1, j - i - 1);
            v = name ? kr_getattr(v, name) : 0;
            i = j;
        } else {
            while (j < n && s[j] != ']')
                j++;
            if (j == n) return kr_raise_msg(&kr_type_ValueError, "missing ']' in format string");
            const char *k = s + i + 1;
            size_t klen = j - i - 1;
            kr_value key = all_digits(k, klen) ? kr_int_from_i64((int64_t)parse_index(k, klen))
                                               : kr_str_new(k, klen);
            v = key ? kr_getitem(v, key) : 0;
            i = j + 1;
        }
    }
    return v;
}

static bool format_template(kr_strbuf *b, const char *s, size_t n, format_args *a, int depth);

/// Render one replacement field's text (between the braces).
static bool format_field(kr_strbuf *b, const char *f, size_t n, format_args *a, int depth) {
    size_t name_end = 0;
    for (int brackets = 0; name_end < n; name_end++) {
        char c = f[name_end];
        brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        if (!brackets && (c == '!' || c == ':')) break;
    }
    int conversion = 0;
    size_t spec_start = name_end;
    if (name_end < n && f[name_end] == '!') {
        if (name_end + 1 >= n) {
            kr_raise_msg(&kr_type_ValueError, "end of format while looking for conversion "
                                              "specifier");
            return false;
        }
        conversion = f[name_end + 1];
        if (conversion != 'r' && conversion != 's' && conversion != 'a') {
            kr_raise_msg(&kr_type_ValueError, "unknown conversion specifier %c", conversion);
            return false;
        }
        spec_start = name_end + 2;
        if (spec_start < n && f[spec_start] != ':') {
            kr_raise_msg(&kr_type_ValueError, "expected ':' after conversion specifier");
            return false;
        }
    }
    kr_value v = field_value(a, f, name_end);
    if (!v || !(v = convert(v, conversion))) return false;
    const char *spec = spec_start < n ? f + spec_start + 1 : "";
    size_t spec_len = spec_start < n ? n - spec_start - 1 : 0;
    if (memchr(spec, '{', spec_len)) {
        // Nested fields in the spec ({:{width}}) are expanded first.
        if (depth > 1) {
            kr_raise_msg(&kr_type_ValueError, "max string recursion exceeded");
            return false;
        }
        kr_strbuf inner;
        kr_strbuf_init(&inner);
        if (!format_template(&inner, spec, spec_len, a, depth + 1)) return false;
        if (inner.failed) return false;
        return format_into(b, v, inner.data ? inner.data : "", inner.len);
    }
    return format_into(b, v, spec, spec_len);
}

static bool format_template(kr_strbuf *b, const char *s, size_t n, format_args *a, int depth) {
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '{' && s[i] != '}')
            i++;
        kr_fmt_put(b, s + run, i - run);
        if (i == n) break;
        if (s[i] == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                kr_fmt_put(b, "}", 1);
                i += 2;
                continue;
            }
            kr_raise_msg(&kr_type_ValueError, "single '}' encountered in format string");
            return false;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            kr_fmt_put(b, "{", 1);
            i += 2;
            continue;
        }
        // Find the closing brace, allowing one level of nested fields.
        size_t j = i + 1;
        for (int nest = 0; j < n; j++) {
            if (s[j] == '{')
                nest++;
            else if (s[j] == '}' && nest-- == 0)
                break;
        }
        if (j >= n) {
            kr_raise_msg(&kr_type_ValueError, "unmatched '{' in format");
            return false;
        }
        if (!format_field(b, s + i + 1, j - i - 1, a, depth)) return false;
        i = j + 1;
    }
    return true;
}

kr_value kr_str_format_method(size_t nargs, const kr_value *args, kr_value kwnames) {
    format_args a = {args + 1, nargs - 1, args + nargs, kwnames, 0, 0};
    size_t n;
    const char *s = kr_str_data(args[0], &n);
    kr_strbuf b;
    kr_strbuf_init(&b);
    if (!format_template(&b, s, n, &a, 0)) return 0;
    return kr_strbuf_to_str(&b);
}
