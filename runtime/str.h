//===- runtime/str.h - str and bytes objects --------------------*- C++ -*-===//
//
// str is immutable UTF-8 with its byte length, code-point length and hash
// cached in the header and its bytes inline (NUL-terminated, so C code may
// use them directly). When char_len == len the string is ASCII and indexing
// is a byte offset. bytes shares the layout (char_len unused).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_STR_H
#define KRAIT_RUNTIME_STR_H

#include "object.h"

/// A str or bytes object.
struct kr_str {
    kr_object base;
    size_t hash;     ///< 0 until computed (a computed 0 is stored as 1)
    size_t len;      ///< bytes
    size_t char_len; ///< code points (str only)
    char data[];     ///< len bytes then a NUL
};

/// True for a str (exactly; subclasses are user instances).
inline bool kr_is_str(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_str;
}
inline bool kr_is_bytes(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_bytes;
}
inline kr_str *kr_str_obj(kr_value v) {
    return (kr_str *)kr_obj(v);
}

/// Copy n bytes between non-overlapping buffers. strs are mostly short
/// (words, keys, pieces of a split), and for them a few overlapping word
/// moves beat a call into the C library's general copy.
inline void kr_copy_bytes(char *dst, const char *src, size_t n) {
    if (n > 16) {
        __builtin_memcpy(dst, src, n);
    } else if (n >= 8) {
        uint64_t head, tail;
        __builtin_memcpy(&head, src, 8);
        __builtin_memcpy(&tail, src + n - 8, 8);
        __builtin_memcpy(dst, &head, 8);
        __builtin_memcpy(dst + n - 8, &tail, 8);
    } else if (n >= 4) {
        uint32_t head, tail;
        __builtin_memcpy(&head, src, 4);
        __builtin_memcpy(&tail, src + n - 4, 4);
        __builtin_memcpy(dst, &head, 4);
        __builtin_memcpy(dst + n - 4, &tail, 4);
    } else if (n) {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

/// Allocate a str of `len` bytes to fill in; call kr_str_finish afterwards.
/// Null with MemoryError pending.
kr_str *kr_str_alloc(size_t len);
/// A str of `len` bytes of UTF-8 whose code-point count `chars` the caller
/// knows (a piece of an ASCII str, say): no counting pass. The empty and
/// one-ASCII-character strs are the static ones. 0 on MemoryError.
kr_value kr_str_new_counted(const char *utf8, size_t len, size_t chars);
/// Count the code points of a filled-in str; returns it as a value.
kr_value kr_str_finish(kr_str *s);
/// The str's hash (computed once).
kr_int kr_str_hash(kr_value s);
/// Number of code points in UTF-8 bytes.
size_t kr_utf8_count(const char *s, size_t len);
/// Byte offset of code point `index` (index <= code points of s).
size_t kr_utf8_offset(const char *s, size_t len, size_t index);
/// The empty str (static).
kr_value kr_str_empty(void);
/// The one-character str of an ASCII byte (static, c < 128).
kr_value kr_str_ascii_char(unsigned char c);
/// Two strs with equal bytes.
bool kr_str_equal(kr_value a, kr_value b);
/// Three-way comparison of two strs (code-point order): <0, 0 or >0.
int kr_str_compare(kr_value a, kr_value b);

/// First (or, from_end, last) occurrence of needle in hay; null if none.
const char *kr_bytes_find(const char *hay, size_t hlen, const char *needle, size_t nlen,
                          bool from_end);

/// Write bytes as a quoted literal: str repr ('...' or "..." as Python
/// chooses, non-ASCII as is) or, when `bytes_repr`, a b'...' literal with
/// every non-printable or non-ASCII byte escaped.
void kr_print_quoted(const kr_printer *p, const char *s, size_t len, bool bytes_repr);

/// format(value, spec): apply a format spec str (fill, align, sign, #, 0,
/// width, grouping, precision, type) to value. 0 with an exception pending.
kr_value kr_format(kr_value value, kr_value spec);
/// `fmt % args` for a str fmt (printf-style formatting).
kr_value kr_str_modulo(kr_value fmt, kr_value args);
/// str.format(*args, **kwargs) with args[0] the format string.
kr_value kr_str_format_method(size_t nargs, const kr_value *args, kr_value kwnames);

/// Decode UTF-8 bytes to a str; UnicodeError when they are not valid UTF-8.
kr_value kr_str_decode(const char *data, size_t len);

/// The methods of str and bytes (str_methods.cpp).
extern const kr_attr_entry kr_str_attrs[], kr_bytes_attrs[];
/// Allocate a bytes object of `len` bytes to fill in (char_len == len).
kr_str *kr_bytes_alloc(size_t len);

#endif // KRAIT_RUNTIME_STR_H
