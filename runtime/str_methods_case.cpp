//===- runtime/str_methods_case.cpp - transforming str methods ------------===//
//
// Part of the krait runtime: the str and bytes methods that build a new
// string from one (strip, replace, case mapping, justification, encode and
// decode, format) and the character-class predicates. Case mapping and
// character classes are ASCII, as in MicroPython. Searching, splitting and
// the method tables are in str_methods.cpp.
//
//===----------------------------------------------------------------------===//
#include "str_methods_impl.h"

//===----------------------------------------------------------------------===//
// Transforming
//===----------------------------------------------------------------------===//

/// Byte length of the code point starting at p.
static size_t cp_len(const kr_str *self, const char *p, const char *end) {
    if (is_bytes(self)) return 1;
    size_t n = 1;
    while (p + n < end && ((unsigned char)p[n] & 0xC0) == 0x80)
        n++;
    return n;
}

/// Whether the code point at p (n bytes) is one of chars (or whitespace).
static bool strip_match(const char *p, size_t n, const kr_str *chars) {
    if (!chars) return n == 1 && is_space(*p);
    return kr_bytes_find(chars->data, chars->len, p, n, false) != nullptr;
}

/// A set of byte values, for stripping.
struct byte_set {
    uint32_t bits[8];
    bool has(unsigned char c) const { return (bits[c >> 5] >> (c & 31)) & 1; }
};

/// strip with no chars (whitespace) or chars that are bytes or ASCII: every
/// code point to strip is one byte, and a byte of a multi-byte code point
/// (>= 0x80) is never in the set, so bytes can be tested one by one.
static kr_value strip_bytes(kr_value self_v, const kr_str *self, const kr_str *chars, bool left,
                            bool right) {
    static const char whitespace[] = " \t\n\v\f\r";
    const char *list = chars ? chars->data : whitespace;
    size_t n = chars ? chars->len : sizeof whitespace - 1;
    byte_set set = {};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)list[i];
        set.bits[c >> 5] |= 1u << (c & 31);
    }
    const char *p = self->data, *end = p + self->len;
    while (left && p < end && set.has((unsigned char)*p))
        p++;
    while (right && end > p && set.has((unsigned char)end[-1]))
        end--;
    if (p == self->data && end == self->data + self->len) return self_v;
    return piece_of(self, p, (size_t)(end - p));
}

/// strip/lstrip/rstrip: which ends to strip.
static kr_value str_strip_impl(size_t nargs, const kr_value *args, bool left, bool right) {
    SELF();
    const kr_str *chars = nullptr;
    if (nargs > 1 && args[1] != kr_val(&kr_None) && !(chars = like_arg(self, args[1]))) return 0;
    if (!chars || is_ascii(chars)) return strip_bytes(args[0], self, chars, left, right);
    const char *p = self->data, *end = p + self->len;
    while (left && p < end) {
        size_t n = cp_len(self, p, end);
        if (!strip_match(p, n, chars)) break;
        p += n;
    }
    while (right && end > p) {
        const char *q = end - 1;
        while (!is_bytes(self) && q > p && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        if (!strip_match(q, (size_t)(end - q), chars)) break;
        end = q;
    }
    if (p == self->data && end == self->data + self->len) return args[0];
    return piece_of(self, p, (size_t)(end - p));
}

static kr_value str_strip(size_t n, const kr_value *a, kr_value) {
    return str_strip_impl(n, a, true, true);
}
static kr_value str_lstrip(size_t n, const kr_value *a, kr_value) {
    return str_strip_impl(n, a, true, false);
}
static kr_value str_rstrip(size_t n, const kr_value *a, kr_value) {
    return str_strip_impl(n, a, false, true);
}

static kr_value str_replace(size_t nargs, const kr_value *args, kr_value) {
    SELF();
    const kr_str *old = like_arg(self, args[1]), *rep = old ? like_arg(self, args[2]) : nullptr;
    if (!rep) return 0;
    kr_int max = -1;
    if (nargs > 3 && !kr_index_value("int", args[3], &max)) return 0;
    size_t n = count_in(self, self->data, self->len, old);
    if (max >= 0 && (size_t)max < n) n = (size_t)max;
    if (n == 0) return args[0];
    kr_str *out = alloc_like(self, self->len + n * rep->len - n * old->len);
    if (!out) return 0;
    const char *p = self->data, *end = p + self->len;
    char *w = out->data;
    for (size_t k = 0; k < n; k++) {
        // An empty `old` matches before every code point.
        const char *q = old->len ? kr_bytes_find(p, (size_t)(end - p), old->data, old->len, false)
                                 : (k == 0 ? p : p + cp_len(self, p, end));
        memcpy(w, p, (size_t)(q - p));
        w += q - p;
        memcpy(w, rep->data, rep->len);
        w += rep->len;
        p = q + old->len;
    }
    memcpy(w, p, (size_t)(end - p));
    return finish_like(out);
}

static kr_value str_upper(size_t, const kr_value *args, kr_value) {
    SELF();
    return map_bytes_shared(args[0], self, to_upper);
}

static kr_value str_lower(size_t, const kr_value *args, kr_value) {
    SELF();
    return map_bytes_shared(args[0], self, to_lower);
}

static char swap_case(char c) {
    return is_upper(c) ? to_lower(c) : to_upper(c);
}

static kr_value str_swapcase(size_t, const kr_value *args, kr_value) {
    SELF();
    return map_bytes_shared(args[0], self, swap_case);
}

/// capitalize (first letter only) and title (first letter of every word).
static kr_value str_recase(const kr_value *args, bool title) {
    SELF();
    kr_value v = map_bytes(self, to_lower);
    if (!v) return 0;
    kr_str *out = kr_str_obj(v);
    bool word_start = true;
    for (size_t i = 0; i < out->len; i++) {
        char c = out->data[i];
        if ((unsigned char)c >= 0x80) { // non-ASCII letters continue a word
            word_start = false;
            continue;
        }
        if (word_start && (title ? is_alpha(c) : true)) {
            out->data[i] = to_upper(c);
            word_start = false;
            if (!title) break;
        } else if (title && !is_alpha(c)) {
            word_start = true;
        }
    }
    return v;
}

static kr_value str_capitalize(size_t, const kr_value *a, kr_value) {
    return str_recase(a, false);
}
static kr_value str_title(size_t, const kr_value *a, kr_value) {
    return str_recase(a, true);
}

/// isdigit/isalpha/isspace/isalnum: every char in the class, and not empty.
static kr_value str_all(const kr_value *args, bool (*f)(char)) {
    SELF();
    if (self->len == 0) return kr_bool(false);
    for (size_t i = 0; i < self->len; i++)
        if (!f(self->data[i])) return kr_bool(false);
    return kr_bool(true);
}

static bool is_alnum(char c) {
    return is_alpha(c) || is_digit(c);
}

static kr_value str_isdigit(size_t, const kr_value *a, kr_value) {
    return str_all(a, is_digit);
}
static kr_value str_isalpha(size_t, const kr_value *a, kr_value) {
    return str_all(a, is_alpha);
}
static kr_value str_isspace(size_t, const kr_value *a, kr_value) {
    return str_all(a, is_space);
}
static kr_value str_isalnum(size_t, const kr_value *a, kr_value) {
    return str_all(a, is_alnum);
}

/// isupper/islower: at least one letter, and every letter in the case.
static kr_value str_cased(const kr_value *args, bool (*f)(char)) {
    SELF();
    bool any = false;
    for (size_t i = 0; i < self->len; i++) {
        if (!is_alpha(self->data[i])) continue;
        if (!f(self->data[i])) return kr_bool(false);
        any = true;
    }
    return kr_bool(any);
}

static kr_value str_isupper(size_t, const kr_value *a, kr_value) {
    return str_cased(a, is_upper);
}
static kr_value str_islower(size_t, const kr_value *a, kr_value) {
    return str_cased(a, is_lower);
}

/// center/ljust/rjust: `align` is '^', '<' or '>'.
static kr_value str_justify(size_t nargs, const kr_value *args, char align) {
    SELF();
    kr_int width;
    if (!kr_index_value("int", args[1], &width)) return 0;
    const char *fill = " ";
    size_t fill_len = 1;
    if (nargs > 2) {
        const kr_str *f = like_arg(self, args[2]);
        if (!f) return 0;
        if (f->char_len != 1)
            return kr_raise_msg(&kr_type_TypeError,
                                "The fill character must be exactly one character long");
        fill = f->data;
        fill_len = f->len;
    }
    if (width <= (kr_int)self->char_len) return args[0];
    size_t pad = (size_t)width - self->char_len;
    // CPython centres with the extra pad on the right, except for odd widths
    // of even-padded strings; the rule is left = pad / 2 + (pad & width & 1).
    size_t left = align == '<' ? 0 : align == '>' ? pad : pad / 2 + (pad & (size_t)width & 1);
    kr_str *out = alloc_like(self, self->len + pad * fill_len);
    if (!out) return 0;
    char *w = out->data;
    for (size_t i = 0; i < left; i++, w += fill_len)
        memcpy(w, fill, fill_len);
    memcpy(w, self->data, self->len);
    w += self->len;
    for (size_t i = left; i < pad; i++, w += fill_len)
        memcpy(w, fill, fill_len);
    out->char_len = (size_t)width;
    return kr_val(out);
}

static kr_value str_center(size_t n, const kr_value *a, kr_value) {
    return str_justify(n, a, '^');
}
static kr_value str_ljust(size_t n, const kr_value *a, kr_value) {
    return str_justify(n, a, '<');
}
static kr_value str_rjust(size_t n, const kr_value *a, kr_value) {
    return str_justify(n, a, '>');
}

static kr_value str_zfill(size_t, const kr_value *args, kr_value) {
    SELF();
    kr_int width;
    if (!kr_index_value("int", args[1], &width)) return 0;
    if (width <= (kr_int)self->char_len) return args[0];
    size_t pad = (size_t)width - self->char_len;
    kr_str *out = alloc_like(self, self->len + pad);
    if (!out) return 0;
    bool sign = self->len && (self->data[0] == '+' || self->data[0] == '-');
    char *w = out->data;
    if (sign) *w++ = self->data[0];
    memset(w, '0', pad);
    memcpy(w + pad, self->data + sign, self->len - sign);
    out->char_len = (size_t)width;
    return kr_val(out);
}

static kr_value str_encode(size_t, const kr_value *args, kr_value) {
    SELF();
    return kr_bytes_new((const uint8_t *)self->data, self->len);
}

static kr_value bytes_decode(size_t, const kr_value *args, kr_value) {
    if (!kr_is_bytes(args[0]))
        return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to bytes implicitly",
                            kr_type_name(args[0]));
    const kr_str *b = kr_str_obj(args[0]);
    return kr_str_decode(b->data, b->len);
}

static kr_value str_format_m(size_t nargs, const kr_value *args, kr_value kwnames) {
    SELF();
    (void)self;
    return kr_str_format_method(nargs, args, kwnames);
}

KR_BUILTIN(str_strip_obj, "strip", str_strip, 1, 2);
KR_BUILTIN(str_lstrip_obj, "lstrip", str_lstrip, 1, 2);
KR_BUILTIN(str_rstrip_obj, "rstrip", str_rstrip, 1, 2);
KR_BUILTIN(str_replace_obj, "replace", str_replace, 3, 4);
KR_BUILTIN(str_upper_obj, "upper", str_upper, 1, 1);
KR_BUILTIN(str_lower_obj, "lower", str_lower, 1, 1);
KR_BUILTIN(str_swapcase_obj, "swapcase", str_swapcase, 1, 1);
KR_BUILTIN(str_capitalize_obj, "capitalize", str_capitalize, 1, 1);
KR_BUILTIN(str_title_obj, "title", str_title, 1, 1);
KR_BUILTIN(str_isdigit_obj, "isdigit", str_isdigit, 1, 1);
KR_BUILTIN(str_isalpha_obj, "isalpha", str_isalpha, 1, 1);
KR_BUILTIN(str_isspace_obj, "isspace", str_isspace, 1, 1);
KR_BUILTIN(str_isalnum_obj, "isalnum", str_isalnum, 1, 1);
KR_BUILTIN(str_isupper_obj, "isupper", str_isupper, 1, 1);
KR_BUILTIN(str_islower_obj, "islower", str_islower, 1, 1);
KR_BUILTIN(str_center_obj, "center", str_center, 2, 3);
KR_BUILTIN(str_ljust_obj, "ljust", str_ljust, 2, 3);
KR_BUILTIN(str_rjust_obj, "rjust", str_rjust, 2, 3);
KR_BUILTIN(str_zfill_obj, "zfill", str_zfill, 2, 2);
KR_BUILTIN(str_encode_obj, "encode", str_encode, 1, 3);
KR_BUILTIN_KW(str_format_obj, "format", str_format_m, 1, KR_ARGS_ANY);
KR_BUILTIN(bytes_decode_obj, "decode", bytes_decode, 1, 3);
