//===- runtime/str.cpp - the str type --------------------------------------===//
//
// Part of the krait runtime. Methods live in str_methods.cpp, formatting in
// str_format.cpp.
//
//===----------------------------------------------------------------------===//
#include "str.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "slice.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Construction and UTF-8 helpers
//===----------------------------------------------------------------------===//

/// FNV-1a, folded into the non-negative small-int range.
static constexpr size_t hash_bytes(const char *s, size_t len) {
    size_t h = sizeof(size_t) == 8 ? (size_t)14695981039346656037ull : (size_t)2166136261u;
    size_t prime = sizeof(size_t) == 8 ? (size_t)1099511628211ull : (size_t)16777619u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * prime;
    h &= (size_t)KR_SMALL_INT_MAX;
    return h ? h : 1;
}

/// Layout-compatible with kr_str, for the static empty string.
struct kr_str_empty_layout {
    kr_object base;
    size_t hash, len, char_len;
    char data[1];
};
static const kr_str_empty_layout empty_str = {{&kr_type_str}, hash_bytes("", 0), 0, 0, {0}};

kr_value kr_str_empty(void) {
    return kr_val(&empty_str);
}

/// Layout-compatible with a one-byte kr_str.
struct kr_str_char_layout {
    kr_object base;
    size_t hash, len, char_len;
    char data[2];
};

/// The 128 one-character ASCII strs, built at compile time so that indexing
/// and iterating over ASCII text never allocates.
struct ascii_table {
    kr_str_char_layout chars[128];
    constexpr ascii_table() : chars() {
        for (int i = 0; i < 128; i++) {
            char c[1] = {(char)i};
            chars[i].base.type = &kr_type_str;
            chars[i].hash = hash_bytes(c, 1);
            chars[i].len = chars[i].char_len = 1;
            chars[i].data[0] = (char)i;
            chars[i].data[1] = 0;
        }
    }
};
static constexpr ascii_table ascii_strs;

kr_value kr_str_ascii_char(unsigned char c) {
    return kr_val(&ascii_strs.chars[c & 127]);
}

size_t kr_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t kr_utf8_offset(const char *s, size_t len, size_t index) {
    size_t i = 0;
    while (index > 0 && i < len) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        index--;
    }
    return i;
}

kr_str *kr_str_alloc(size_t len) {
    // Strings hold no pointers into the heap (the type is static): atomic.
    // Every caller writes all `len` bytes, so nothing needs zeroing.
    kr_str *s = (kr_str *)kr_gc_alloc_atomic_uninit(sizeof(kr_str) + len + 1);
    if (!s) return nullptr;
    s->base.type = &kr_type_str;
    s->len = len;
    s->hash = 0;
    s->data[len] = 0;
    return s;
}

kr_value kr_str_finish(kr_str *s) {
    s->char_len = kr_utf8_count(s->data, s->len);
    return kr_val(s);
}

kr_value kr_str_new(const char *utf8, size_t len) {
    if (len == 0) return kr_str_empty();
    if (len == 1 && (unsigned char)utf8[0] < 0x80) return kr_str_ascii_char((unsigned char)utf8[0]);
    kr_str *s = kr_str_alloc(len);
    if (!s) return 0;
    kr_copy_bytes(s->data, utf8, len);
    return kr_str_finish(s);
}

kr_value kr_str_new_counted(const char *utf8, size_t len, size_t chars) {
    if (len == 0) return kr_str_empty();
    if (len == 1 && (unsigned char)utf8[0] < 0x80) return kr_str_ascii_char((unsigned char)utf8[0]);
    kr_str *s = kr_str_alloc(len);
    if (!s) return 0;
    kr_copy_bytes(s->data, utf8, len);
    s->char_len = chars;
    return kr_val(s);
}

kr_value kr_str_from_cstr(const char *s) {
    return kr_str_new(s, strlen(s));
}

const char *kr_str_data(kr_value s, size_t *len) {
    const kr_str *o = kr_str_obj(s);
    if (len) *len = o->len;
    return o->data;
}

bool kr_str_equal_cstr(kr_value s, const char *cstr) {
    if (!kr_is_str(s)) return false;
    const kr_str *o = kr_str_obj(s);
    size_t n = strlen(cstr);
    return o->len == n && memcmp(o->data, cstr, n) == 0;
}

bool kr_str_equal(kr_value a, kr_value b) {
    if (a == b) return true;
    const kr_str *x = kr_str_obj(a), *y = kr_str_obj(b);
    if (x->len != y->len || (x->hash && y->hash && x->hash != y->hash)) return false;
    // Short keys (dict and attribute names, words) need no call.
    if (x->len <= 16) {
        for (size_t i = 0; i < x->len; i++)
            if (x->data[i] != y->data[i]) return false;
        return true;
    }
    return memcmp(x->data, y->data, x->len) == 0;
}

kr_int kr_str_hash(kr_value v) {
    kr_str *s = kr_str_obj(v);
    if (!s->hash) s->hash = hash_bytes(s->data, s->len);
    return (kr_int)s->hash;
}

kr_value kr_str_decode(const char *data, size_t len) {
    // Validate before copying: lead byte, continuation count, no overlong
    // two-byte forms.
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)data[i];
        size_t n;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xC2 && c < 0xE0)
            n = 1;
        else if (c >= 0xE0 && c < 0xF0)
            n = 2;
        else if (c >= 0xF0 && c < 0xF5)
            n = 3;
        else
            return kr_raise_msg(&kr_type_UnicodeError, "invalid utf-8");
        if (n > len - i - 1) return kr_raise_msg(&kr_type_UnicodeError, "invalid utf-8");
        for (size_t k = 1; k <= n; k++)
            if (((unsigned char)data[i + k] & 0xC0) != 0x80)
                return kr_raise_msg(&kr_type_UnicodeError, "invalid utf-8");
        i += n + 1;
    }
    return kr_str_new(data, len);
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

void kr_print_quoted(const kr_printer *p, const char *s, size_t len, bool bytes_repr) {
    bool has_single = memchr(s, '\'', len) != nullptr;
    bool has_double = memchr(s, '"', len) != nullptr;
    char quote = has_single && !has_double ? '"' : '\'';
    if (bytes_repr) kr_print_bytes(p, "b", 1);
    kr_print_bytes(p, &quote, 1);
    size_t run = 0; // start of the pending run of bytes printed as they are
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = nullptr;
        char hex[5];
        if (c == (unsigned char)quote || c == '\\') {
            hex[0] = '\\';
            hex[1] = (char)c;
            hex[2] = 0;
            esc = hex;
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\r') {
            esc = "\\r";
        } else if (c == '\t') {
            esc = "\\t";
        } else if (c < 0x20 || c == 0x7f || (bytes_repr && c >= 0x80)) {
            static const char digits[] = "0123456789abcdef";
            hex[0] = '\\';
            hex[1] = 'x';
            hex[2] = digits[c >> 4];
            hex[3] = digits[c & 15];
            hex[4] = 0;
            esc = hex;
        }
        if (esc) {
            kr_print_bytes(p, s + run, i - run);
            kr_print_cstr(p, esc);
            run = i + 1;
        }
    }
    kr_print_bytes(p, s + run, len - run);
    kr_print_bytes(p, &quote, 1);
}

static bool str_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    const kr_str *s = kr_str_obj(self);
    if (kind == KR_PRINT_STR)
        kr_print_bytes(p, s->data, s->len);
    else
        kr_print_quoted(p, s->data, s->len, false);
    return true;
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

static kr_value str_unary_op(enum kr_unary_op op, kr_value self) {
    const kr_str *s = kr_str_obj(self);
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(s->len != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)s->char_len);
    case KR_UNARY_HASH:
        return kr_small_int(kr_str_hash(self));
    default:
        return KR_NOTIMPL;
    }
}

/// TypeError for str <op> non-str, as MicroPython words it.
static kr_value bad_implicit_conversion(kr_value other) {
    return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                        kr_type_name(other));
}

static kr_value str_concat(const kr_str *a, const kr_str *b) {
    if (a->len == 0) return kr_val(b);
    if (b->len == 0) return kr_val(a);
    kr_str *s = kr_str_alloc(a->len + b->len);
    if (!s) return 0;
    kr_copy_bytes(s->data, a->data, a->len);
    kr_copy_bytes(s->data + a->len, b->data, b->len);
    s->char_len = a->char_len + b->char_len;
    return kr_val(s);
}

static kr_value str_repeat(const kr_str *a, kr_int n) {
    if (n == 0 || a->len == 0) return kr_str_empty();
    if ((size_t)n > ((size_t)-1 >> 1) / a->len)
        return kr_raise_msg(&kr_type_MemoryError, "memory allocation failed");
    kr_str *s = kr_str_alloc(a->len * (size_t)n);
    if (!s) return 0;
    for (kr_int i = 0; i < n; i++)
        memcpy(s->data + a->len * (size_t)i, a->data, a->len);
    s->char_len = a->char_len * (size_t)n;
    return kr_val(s);
}

/// Three-way byte comparison; UTF-8 byte order is code-point order.
static int str_compare(const kr_str *a, const kr_str *b);

int kr_str_compare(kr_value a, kr_value b) {
    return str_compare(kr_str_obj(a), kr_str_obj(b));
}

static int str_compare(const kr_str *a, const kr_str *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    // Most comparisons (one-character strs above all) are settled by the
    // first byte; UTF-8 byte order is code-point order, so it decides alone.
    if (n && a->data[0] != b->data[0])
        return (unsigned char)a->data[0] < (unsigned char)b->data[0] ? -1 : 1;
    int c = n > 1 ? memcmp(a->data + 1, b->data + 1, n - 1) : 0;
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

const char *kr_bytes_find(const char *hay, size_t hlen, const char *needle, size_t nlen,
                          bool from_end) {
    if (nlen > hlen) return nullptr;
    if (nlen == 0) return from_end ? hay + hlen : hay;
    size_t last = hlen - nlen;
    if (from_end) {
        for (size_t i = last + 1; i-- > 0;)
            if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0) return hay + i;
        return nullptr;
    }
    for (size_t i = 0; i <= last;) {
        const char *p = (const char *)memchr(hay + i, needle[0], last - i + 1);
        if (!p) return nullptr;
        if (memcmp(p, needle, nlen) == 0) return p;
        i = (size_t)(p - hay) + 1;
    }
    return nullptr;
}

static kr_value str_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    const kr_str *a = kr_str_obj(self);
    if (op >= KR_BINARY_INPLACE_FIRST) // immutable: a += b is a = a + b
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    // Only a str-with-non-str operation asks whether other is a user
    // instance (whose reflected method may still handle it).
    auto other_user = [other] { return (kr_type_of(other)->flags & KR_TYPE_FLAG_USER) != 0; };
    switch (op) {
    case KR_BINARY_ADD:
        if (kr_is_str(other)) return str_concat(a, kr_str_obj(other));
        return other_user() ? KR_NOTIMPL : bad_implicit_conversion(other);
    case KR_BINARY_MUL: {
        // int * str reaches here too: the dispatcher retries a reflected MUL
        // with the operands swapped when int's slot returns NotImplemented.
        kr_int n;
        int r = kr_seq_repeat_count(other, &n);
        if (r <= 0) return r < 0 ? 0 : KR_NOTIMPL;
        return str_repeat(a, n);
    }
    case KR_BINARY_MODULO:
        return kr_str_modulo(self, other);
    case KR_BINARY_IN:
        if (!kr_is_str(other)) return other_user() ? KR_NOTIMPL : bad_implicit_conversion(other);
        return kr_bool(kr_bytes_find(a->data, a->len, kr_str_obj(other)->data,
                                     kr_str_obj(other)->len, false) != nullptr);
    case KR_BINARY_EQ:
    case KR_BINARY_NE:
        if (!kr_is_str(other)) return KR_NOTIMPL;
        return kr_bool(kr_str_equal(self, other) == (op == KR_BINARY_EQ));
    case KR_BINARY_LT:
    case KR_BINARY_LE:
    case KR_BINARY_GT:
    case KR_BINARY_GE: {
        if (!kr_is_str(other)) return KR_NOTIMPL;
        int c = str_compare(a, kr_str_obj(other));
        bool r = op == KR_BINARY_LT   ? c < 0
                 : op == KR_BINARY_LE ? c <= 0
                 : op == KR_BINARY_GT ? c > 0
                                      : c >= 0;
        return kr_bool(r);
    }
    default:
        return KR_NOTIMPL;
    }
}

//===----------------------------------------------------------------------===//
// Indexing, slicing, iteration
//===----------------------------------------------------------------------===//

/// The str of the single code point starting at byte `off` of s.
static kr_value str_char_at(const kr_str *s, size_t off) {
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) return kr_str_ascii_char(c);
    size_t end = off + 1;
    while (end < s->len && ((unsigned char)s->data[end] & 0xC0) == 0x80)
        end++;
    return kr_str_new(s->data + off, end - off);
}

static kr_value str_slice(const kr_str *s, kr_value slice) {
    kr_slice_range r;
    if (!kr_slice_resolve(slice, s->char_len, &r)) return 0;
    if (r.count == 0) return kr_str_empty();
    bool ascii = s->len == s->char_len;
    if (r.step == 1) {
        size_t from = ascii ? (size_t)r.start : kr_utf8_offset(s->data, s->len, (size_t)r.start);
        size_t to =
            ascii ? from + r.count : from + kr_utf8_offset(s->data + from, s->len - from, r.count);
        return kr_str_new_counted(s->data + from, to - from, r.count);
    }
    // Extended slice: gather the byte offsets of every code point first.
    size_t *offsets = nullptr;
    if (!ascii) {
        offsets = (size_t *)kr_gc_alloc_atomic((s->char_len + 1) * sizeof(size_t));
        if (!offsets) return 0;
        for (size_t i = 0, c = 0; i <= s->len; i++)
            if (i == s->len || ((unsigned char)s->data[i] & 0xC0) != 0x80) offsets[c++] = i;
    }
    size_t bytes = 0;
    for (size_t k = 0; k < r.count; k++) {
        size_t c = (size_t)(r.start + (kr_int)k * r.step);
        bytes += ascii ? 1 : offsets[c + 1] - offsets[c];
    }
    kr_str *out = kr_str_alloc(bytes);
    if (!out) return 0;
    char *w = out->data;
    for (size_t k = 0; k < r.count; k++) {
        size_t c = (size_t)(r.start + (kr_int)k * r.step);
        size_t from = ascii ? c : offsets[c], n = ascii ? 1 : offsets[c + 1] - offsets[c];
        kr_copy_bytes(w, s->data + from, n);
        w += n;
    }
    out->char_len = r.count;
    return kr_val(out);
}

static kr_value str_getitem(kr_value self, kr_value index) {
    const kr_str *s = kr_str_obj(self);
    if (kr_is_slice(index)) return str_slice(s, index);
    kr_int i;
    index = kr_index_native(index);
    if (kr_is_small_int(index)) {
        i = kr_small_int_value(index);
    } else if (!kr_isinstance(index, &kr_type_int)) {
        return kr_raise_msg(&kr_type_TypeError, "string indices must be integers, not %s",
                            kr_type_name(index));
    } else if (!kr_index_value("string", index, &i)) {
        return 0;
    }
    if (i < 0) i += (kr_int)s->char_len;
    if (i < 0 || (size_t)i >= s->char_len)
        return kr_raise_msg(&kr_type_IndexError, "string index out of range");
    size_t off = s->len == s->char_len ? (size_t)i : kr_utf8_offset(s->data, s->len, (size_t)i);
    return str_char_at(s, off);
}

static kr_value str_setitem(kr_value, kr_value, kr_value value) {
    if (!value)
        return kr_raise_msg(&kr_type_TypeError, "'str' object doesn't support item deletion");
    return kr_raise_msg(&kr_type_TypeError, "'str' object doesn't support item assignment");
}

/// Iterator over a str's code points.
struct kr_str_iter {
    kr_object base;
    kr_value str;
    size_t pos; ///< byte offset of the next code point
};

static kr_value str_iter_next(kr_value self) {
    kr_str_iter *it = (kr_str_iter *)kr_obj(self);
    const kr_str *s = kr_str_obj(it->str);
    if (it->pos >= s->len) return KR_STOP;
    kr_value c = str_char_at(s, it->pos);
    if (c) it->pos += kr_str_obj(c)->len;
    return c;
}

extern "C" const kr_type kr_type_str_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    str_iter_next,   nullptr,    nullptr,
    nullptr,         0,          0,
};

static kr_value str_getiter(kr_value self) {
    kr_str_iter *it = kr_new_object<kr_str_iter>(&kr_type_str_iter);
    if (!it) return 0;
    it->str = self;
    it->pos = 0;
    return kr_val(it);
}

//===----------------------------------------------------------------------===//
// Construction from Python and keyword helpers
//===----------------------------------------------------------------------===//

static kr_value str_make_new(const kr_type *, size_t nargs, const kr_value *args,
                             kr_value kwnames) {
    if (kr_kwnames_count(kwnames))
        return kr_raise_msg(&kr_type_TypeError, "function doesn't take keyword arguments");
    if (nargs == 0) return kr_str_empty();
    if (nargs == 1) return kr_obj_str(args[0]);
    if (nargs <= 3 && kr_is_bytes(args[0])) {
        const kr_str *b = kr_str_obj(args[0]);
        return kr_str_decode(b->data, b->len);
    }
    return kr_raise_msg(&kr_type_TypeError, "function takes at most 3 arguments");
}

extern "C" const kr_type kr_type_str = {
    {&kr_type_type},
    "str",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    str_print,
    str_make_new,
    nullptr,
    str_unary_op,
    str_binary_op,
    str_getitem,
    str_setitem,
    str_getiter,
    nullptr,
    nullptr,
    nullptr,
    kr_str_attrs,
    0,
    0,
};
