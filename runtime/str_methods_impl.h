//===- runtime/str_methods_impl.h - helpers of the str methods --*- C++ -*-===//
//
// Shared by the two halves of str's (and bytes') methods: searching, joining
// and splitting with the method tables in str_methods.cpp; stripping,
// replacing, case mapping, predicates and justification in
// str_methods_case.cpp. Not for use outside them.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_STR_METHODS_IMPL_H
#define KRAIT_RUNTIME_STR_METHODS_IMPL_H

#include "exception.h"
#include "function.h"
#include "slice.h"
#include "str.h"

#include <string.h>

// Most methods serve both str and bytes (as in MicroPython): bytes share
// the layout, with char_len == len, so code-point positions are byte
// offsets for them. Results take the type of self.

/// self of a str or bytes method, or null with TypeError pending.
inline const kr_str *self_arg(kr_value v) {
    if (kr_is_str(v) || kr_is_bytes(v)) return kr_str_obj(v);
    kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                 kr_type_name(v));
    return nullptr;
}

/// An argument that must have self's type, or null with TypeError pending.
inline const kr_str *like_arg(const kr_str *self, kr_value v) {
    if (kr_is_obj(v) && kr_obj(v)->type == self->base.type) return kr_str_obj(v);
    kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to %s implicitly", kr_type_name(v),
                 self->base.type->name);
    return nullptr;
}

inline bool is_bytes(const kr_str *s) {
    return s->base.type == &kr_type_bytes;
}

inline bool is_ascii(const kr_str *s) {
    return s->len == s->char_len;
}
inline bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
inline bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
inline bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
inline bool is_alpha(char c) {
    return is_upper(c) || is_lower(c);
}
inline char to_upper(char c) {
    return is_lower(c) ? (char)(c - 32) : c;
}
inline char to_lower(char c) {
    return is_upper(c) ? (char)(c + 32) : c;
}

/// Byte offset of code point `index` of s.
inline size_t byte_at(const kr_str *s, size_t index) {
    return is_ascii(s) ? index : kr_utf8_offset(s->data, s->len, index);
}

/// Code-point index of byte offset `off` of s.
inline size_t char_at(const kr_str *s, size_t off) {
    return is_ascii(s) ? off : kr_utf8_count(s->data, off);
}

/// A byte range of s selected by optional start/end args (code points,
/// slice rules). `valid` is false when start lies beyond the end.
struct byte_range {
    size_t start, end;
    bool valid;
};

inline bool arg_range(const kr_str *s, size_t nargs, const kr_value *args, size_t first,
                      byte_range *out) {
    kr_int bounds[2] = {0, (kr_int)s->char_len};
    for (size_t k = 0; k < 2; k++) {
        if (first + k >= nargs || args[first + k] == kr_val(&kr_None)) continue;
        kr_int i;
        if (!kr_index_value("slice", args[first + k], &i)) return false;
        if (i < 0) {
            i += (kr_int)s->char_len;
            if (i < 0) i = 0;
        }
        bounds[k] = i;
    }
    out->valid = bounds[0] <= (kr_int)s->char_len && bounds[0] <= bounds[1];
    if (bounds[1] > (kr_int)s->char_len) bounds[1] = (kr_int)s->char_len;
    if (!out->valid) bounds[0] = bounds[1];
    out->start = byte_at(s, (size_t)bounds[0]);
    out->end = byte_at(s, (size_t)bounds[1]);
    return true;
}

/// A new object of self's type holding bytes (valid UTF-8 for a str, as they
/// came from strs).
inline kr_value new_like(const kr_str *self, const char *data, size_t len) {
    return is_bytes(self) ? kr_bytes_new((const uint8_t *)data, len) : kr_str_new(data, len);
}

/// Allocate an object of self's type to fill in; finish it with
/// finish_like (or set char_len directly).
inline kr_str *alloc_like(const kr_str *self, size_t len) {
    return is_bytes(self) ? kr_bytes_alloc(len) : kr_str_alloc(len);
}

inline kr_value finish_like(kr_str *out) {
    if (is_bytes(out)) {
        out->char_len = out->len;
        return kr_val(out);
    }
    return kr_str_finish(out);
}

/// A new object of self's type holding data[0, len), a piece of self: an
/// ASCII self needs no code-point count.
inline kr_value piece_of(const kr_str *self, const char *data, size_t len) {
    if (is_bytes(self)) return kr_bytes_new((const uint8_t *)data, len);
    return kr_str_new_counted(data, len, is_ascii(self) ? len : kr_utf8_count(data, len));
}

/// Map every byte through f into a new object (ASCII case changes keep the
/// byte length).
inline kr_value map_bytes(const kr_str *s, char (*f)(char)) {
    kr_str *out = alloc_like(s, s->len);
    if (!out) return 0;
    for (size_t i = 0; i < s->len; i++)
        out->data[i] = f(s->data[i]);
    out->char_len = s->char_len;
    return kr_val(out);
}

/// As map_bytes, but self itself when f changes no byte (str and bytes are
/// immutable, so sharing is invisible): lower() of lower-case words, the
/// common case, allocates nothing.
inline kr_value map_bytes_shared(kr_value self_v, const kr_str *s, char (*f)(char)) {
    size_t i = 0;
    while (i < s->len && f(s->data[i]) == s->data[i])
        i++;
    if (i == s->len) return self_v;
    if (s->len == 1 && !is_bytes(s)) return kr_str_ascii_char((unsigned char)f(s->data[0]));
    kr_str *out = alloc_like(s, s->len);
    if (!out) return 0;
    kr_copy_bytes(out->data, s->data, i);
    for (; i < s->len; i++)
        out->data[i] = f(s->data[i]);
    out->char_len = s->char_len;
    return kr_val(out);
}

/// Non-overlapping occurrences of sub in data[0, len).
inline size_t count_in(const kr_str *self, const char *data, size_t len, const kr_str *sub) {
    if (sub->len == 0) return (is_bytes(self) ? len : kr_utf8_count(data, len)) + 1;
    size_t n = 0;
    for (const char *p = data, *end = data + len;;) {
        p = kr_bytes_find(p, (size_t)(end - p), sub->data, sub->len, false);
        if (!p) return n;
        n++;
        p += sub->len;
    }
}

#define SELF()                                                                                     \
    const kr_str *self = self_arg(args[0]);                                                        \
    if (!self) return 0

/// The methods str_methods_case.cpp defines, for the tables in
/// str_methods.cpp.
extern const kr_builtin_function str_strip_obj;
extern const kr_builtin_function str_lstrip_obj;
extern const kr_builtin_function str_rstrip_obj;
extern const kr_builtin_function str_replace_obj;
extern const kr_builtin_function str_upper_obj;
extern const kr_builtin_function str_lower_obj;
extern const kr_builtin_function str_swapcase_obj;
extern const kr_builtin_function str_capitalize_obj;
extern const kr_builtin_function str_title_obj;
extern const kr_builtin_function str_isdigit_obj;
extern const kr_builtin_function str_isalpha_obj;
extern const kr_builtin_function str_isspace_obj;
extern const kr_builtin_function str_isalnum_obj;
extern const kr_builtin_function str_isupper_obj;
extern const kr_builtin_function str_islower_obj;
extern const kr_builtin_function str_center_obj;
extern const kr_builtin_function str_ljust_obj;
extern const kr_builtin_function str_rjust_obj;
extern const kr_builtin_function str_zfill_obj;
extern const kr_builtin_function str_encode_obj;
extern const kr_builtin_function str_format_obj;
extern const kr_builtin_function bytes_decode_obj;

#endif // KRAIT_RUNTIME_STR_METHODS_IMPL_H
