//===- runtime/str_methods.cpp - methods of str ----------------------------===//
//
// Part of the krait runtime. Case mapping and character classes are ASCII,
// as in MicroPython; positions are code points.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

// Most methods serve both str and bytes (as in MicroPython): bytes share
// the layout, with char_len == len, so code-point positions are byte
// offsets for them. Results take the type of self.

/// self of a str or bytes method, or null with TypeError pending.
static const kr_str *self_arg(kr_value v) {
    if (kr_is_str(v) || kr_is_bytes(v)) return kr_str_obj(v);
    kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                 kr_type_name(v));
    return nullptr;
}

/// An argument that must have self's type, or null with TypeError pending.
static const kr_str *like_arg(const kr_str *self, kr_value v) {
    if (kr_is_obj(v) && kr_obj(v)->type == self->base.type) return kr_str_obj(v);
    kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to %s implicitly", kr_type_name(v),
                 self->base.type->name);
    return nullptr;
}

static bool is_bytes(const kr_str *s) {
    return s->base.type == &kr_type_bytes;
}

static bool is_ascii(const kr_str *s) {
    return s->len == s->char_len;
}
static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
static bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_alpha(char c) {
    return is_upper(c) || is_lower(c);
}
static char to_upper(char c) {
    return is_lower(c) ? (char)(c - 32) : c;
}
static char to_lower(char c) {
    return is_upper(c) ? (char)(c + 32) : c;
}

/// Byte offset of code point `index` of s.
static size_t byte_at(const kr_str *s, size_t index) {
    return is_ascii(s) ? index : kr_utf8_offset(s->data, s->len, index);
}

/// Code-point index of byte offset `off` of s.
static size_t char_at(const kr_str *s, size_t off) {
    return is_ascii(s) ? off : kr_utf8_count(s->data, off);
}

/// A byte range of s selected by optional start/end args (code points,
/// slice rules). `valid` is false when start lies beyond the end.
struct byte_range {
    size_t start, end;
    bool valid;
};

static bool arg_range(const kr_str *s, size_t nargs, const kr_value *args, size_t first,
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
static kr_value new_like(const kr_str *self, const char *data, size_t len) {
    return is_bytes(self) ? kr_bytes_new((const uint8_t *)data, len) : kr_str_new(data, len);
}

/// Allocate an object of self's type to fill in; finish it with
/// finish_like (or set char_len directly).
static kr_str *alloc_like(const kr_str *self, size_t len) {
    return is_bytes(self) ? kr_bytes_alloc(len) : kr_str_alloc(len);
}

static kr_value finish_like(kr_str *out) {
    if (is_bytes(out)) {
        out->char_len = out->len;
        return kr_val(out);
    }
    return kr_str_finish(out);
}

/// A new object of self's type holding data[0, len), a piece of self: an
/// ASCII self needs no code-point count.
static kr_value piece_of(const kr_str *self, const char *data, size_t len) {
    if (is_bytes(self)) return kr_bytes_new((const uint8_t *)data, len);
    return kr_str_new_counted(data, len, is_ascii(self) ? len : kr_utf8_count(data, len));
}

/// Map every byte through f into a new object (ASCII case changes keep the
/// byte length).
static kr_value map_bytes(const kr_str *s, char (*f)(char)) {
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
static kr_value map_bytes_shared(kr_value self_v, const kr_str *s, char (*f)(char)) {
    size_t i = 0;
    while (i < s->len && f(s->data[i]) == s->data[i])
        i++;
    if (i == s->len) return self_v;
    if (s->len == 1 && !is_bytes(s)) return kr_str_ascii_char((unsigned char)f(s->data[0]));
    kr_str *out = alloc_like(s, s->len);
    if (!out) return 0;
    memcpy(out->data, s->data, i);
    for (; i < s->len; i++)
        out->data[i] = f(s->data[i]);
    out->char_len = s->char_len;
    return kr_val(out);
}

#define SELF()                                                                                     \
    const kr_str *self = self_arg(args[0]);                                                        \
    if (!self) return 0

//===----------------------------------------------------------------------===//
// Searching
//===----------------------------------------------------------------------===//

/// find/rfind/index/rindex.
static kr_value str_find_impl(size_t nargs, const kr_value *args, bool from_end, bool raise) {
    SELF();
    const kr_str *sub = like_arg(self, args[1]);
    byte_range r;
    if (!sub || !arg_range(self, nargs, args, 2, &r)) return 0;
    const char *hit = r.valid ? kr_bytes_find(self->data + r.start, r.end - r.start, sub->data,
                                              sub->len, from_end)
                              : nullptr;
    if (!hit) {
        if (raise) return kr_raise_msg(&kr_type_ValueError, "substring not found");
        return kr_small_int(-1);
    }
    return kr_small_int((kr_int)char_at(self, (size_t)(hit - self->data)));
}

static kr_value str_find(size_t n, const kr_value *a, kr_value) {
    return str_find_impl(n, a, false, false);
}
static kr_value str_rfind(size_t n, const kr_value *a, kr_value) {
    return str_find_impl(n, a, true, false);
}
static kr_value str_index(size_t n, const kr_value *a, kr_value) {
    return str_find_impl(n, a, false, true);
}
static kr_value str_rindex(size_t n, const kr_value *a, kr_value) {
    return str_find_impl(n, a, true, true);
}

/// Non-overlapping occurrences of sub in data[0, len).
static size_t count_in(const kr_str *self, const char *data, size_t len, const kr_str *sub) {
    if (sub->len == 0) return (is_bytes(self) ? len : kr_utf8_count(data, len)) + 1;
    size_t n = 0;
    for (const char *p = data, *end = data + len;;) {
        p = kr_bytes_find(p, (size_t)(end - p), sub->data, sub->len, false);
        if (!p) return n;
        n++;
        p += sub->len;
    }
}

static kr_value str_count(size_t nargs, const kr_value *args, kr_value) {
    SELF();
    const kr_str *sub = like_arg(self, args[1]);
    byte_range r;
    if (!sub || !arg_range(self, nargs, args, 2, &r)) return 0;
    if (!r.valid) return kr_small_int(0);
    return kr_small_int((kr_int)count_in(self, self->data + r.start, r.end - r.start, sub));
}

/// startswith/endswith with a str or a tuple of strs.
static kr_value str_affix(size_t nargs, const kr_value *args, bool end) {
    SELF();
    byte_range r;
    if (!arg_range(self, nargs, args, 2, &r)) return 0;
    size_t n = 1;
    const kr_value *cands = &args[1];
    if (kr_is_tuple(args[1])) cands = kr_tuple_items(args[1], &n);
    for (size_t i = 0; i < n; i++) {
        const kr_str *a = like_arg(self, cands[i]);
        if (!a) return 0;
        if (!r.valid || a->len > r.end - r.start) continue;
        const char *at = end ? self->data + r.end - a->len : self->data + r.start;
        if (memcmp(at, a->data, a->len) == 0) return kr_bool(true);
    }
    return kr_bool(false);
}

static kr_value str_startswith(size_t n, const kr_value *a, kr_value) {
    return str_affix(n, a, false);
}
static kr_value str_endswith(size_t n, const kr_value *a, kr_value) {
    return str_affix(n, a, true);
}

//===----------------------------------------------------------------------===//
// Splitting and joining
//===----------------------------------------------------------------------===//

static kr_value str_join(size_t, const kr_value *args, kr_value) {
    SELF();
    kr_value seq = args[1];
    if (!kr_is_list(seq) && !kr_is_tuple(seq)) {
        seq = kr_list_new(0);
        if (!seq || !kr_list_extend(seq, args[1])) return 0;
    }
    size_t n;
    kr_value *items = kr_is_list(seq) ? kr_list_items(seq, &n) : kr_tuple_items(seq, &n);
    size_t total = n ? self->len * (n - 1) : 0, chars = n ? self->char_len * (n - 1) : 0;
    for (size_t i = 0; i < n; i++) {
        if (!kr_is_obj(items[i]) || kr_obj(items[i])->type != self->base.type)
            return kr_raise_msg(&kr_type_TypeError,
                                "join expects a list of str/bytes objects consistent with "
                                "self object");
        total += kr_str_obj(items[i])->len;
        chars += kr_str_obj(items[i])->char_len;
    }
    if (n == 1) return items[0];
    kr_str *out = alloc_like(self, total);
    if (!out) return 0;
    char *w = out->data;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(w, self->data, self->len);
            w += self->len;
        }
        const kr_str *s = kr_str_obj(items[i]);
        memcpy(w, s->data, s->len);
        w += s->len;
    }
    out->char_len = chars;
    return kr_val(out);
}

/// Parse split's sep/maxsplit (positional or keyword).
static bool split_args(const kr_str *self, size_t nargs, const kr_value *args, kr_value kwnames,
                       const kr_str **sep, kr_int *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    kr_value v[2] = {nargs > 1 ? args[1] : kr_val(&kr_None),
                     nargs > 2 ? args[2] : kr_small_int(-1)};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 2, v)) return false;
    *sep = nullptr;
    if (v[0] != kr_val(&kr_None)) {
        if (!(*sep = like_arg(self, v[0]))) return false;
        if ((*sep)->len == 0) {
            kr_raise_msg(&kr_type_ValueError, "empty separator");
            return false;
        }
    }
    return kr_index_value("int", v[1], maxsplit);
}

static bool push_piece(const kr_str *self, kr_value list, const char *data, size_t len) {
    kr_value s = piece_of(self, data, len);
    return s && kr_list_append(list, s);
}

/// Next occurrence of sep in [p, end), or null (memchr for one byte).
static const char *find_sep(const char *p, const char *end, const kr_str *sep) {
    if (sep->len == 1) return (const char *)memchr(p, sep->data[0], (size_t)(end - p));
    return kr_bytes_find(p, (size_t)(end - p), sep->data, sep->len, false);
}

/// Call piece(start, len) for each piece split yields, left to right (sep
/// null: runs of whitespace separate and ends drop it). False as soon as
/// piece returns false.
template <typename F>
static bool split_scan(const kr_str *self, const kr_str *sep, kr_int max, F piece) {
    const char *p = self->data, *end = p + self->len;
    if (!sep) {
        for (;;) {
            while (p < end && is_space(*p))
                p++;
            if (p == end) return true;
            if (max == 0) // the rest, trailing whitespace included
                return piece(p, (size_t)(end - p));
            const char *q = p;
            while (q < end && !is_space(*q))
                q++;
            if (!piece(p, (size_t)(q - p))) return false;
            p = q;
            max--;
        }
    }
    for (;; max--) {
        const char *q = max == 0 ? nullptr : find_sep(p, end, sep);
        if (!q) return piece(p, (size_t)(end - p));
        if (!piece(p, (size_t)(q - p))) return false;
        p = q + sep->len;
    }
}

static kr_value str_split(size_t nargs, const kr_value *args, kr_value kwnames) {
    SELF();
    const kr_str *sep;
    kr_int max;
    if (!split_args(self, nargs, args, kwnames, &sep, &max)) return 0;
    // Count first, so the list is allocated once at its final size.
    size_t n = 0;
    split_scan(self, sep, max, [&](const char *, size_t) {
        n++;
        return true;
    });
    kr_value out = kr_list_new(n);
    if (!out) return 0;
    size_t i = 0;
    bool ok = split_scan(self, sep, max, [&](const char *p, size_t len) {
        kr_value piece = piece_of(self, p, len);
        if (!piece) return false;
        size_t count;
        kr_list_items(out, &count)[i++] = piece;
        return true;
    });
    return ok ? out : 0;
}

static kr_value str_rsplit(size_t nargs, const kr_value *args, kr_value kwnames) {
    SELF();
    const kr_str *sep;
    kr_int max;
    kr_value out = kr_list_new(0);
    if (!out || !split_args(self, nargs, args, kwnames, &sep, &max)) return 0;
    const char *begin = self->data, *q = begin + self->len;
    if (!sep) {
        for (;;) {
            while (q > begin && is_space(q[-1]))
                q--;
            if (q == begin) break;
            const char *p = q;
            if (max == 0) // the rest, leading whitespace included
                p = begin;
            else
                while (p > begin && !is_space(p[-1]))
                    p--;
            if (!push_piece(self, out, p, (size_t)(q - p))) return 0;
            if (max == 0) break;
            q = p;
            max--;
        }
    } else {
        for (;; max--) {
            const char *p =
                max == 0 ? nullptr
                         : kr_bytes_find(begin, (size_t)(q - begin), sep->data, sep->len, true);
            if (!p) {
                if (!push_piece(self, out, begin, (size_t)(q - begin))) return 0;
                break;
            }
            if (!push_piece(self, out, p + sep->len, (size_t)(q - p - sep->len))) return 0;
            q = p;
        }
    }
    // Pieces were found right to left.
    size_t n;
    kr_value *items = kr_list_items(out, &n);
    for (size_t i = 0; i < n / 2; i++) {
        kr_value t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
    return out;
}

static kr_value str_splitlines(size_t nargs, const kr_value *args, kr_value kwnames) {
    SELF();
    static const char *const names[] = {"keepends"};
    kr_value keep_v = nargs > 1 ? args[1] : kr_val(&kr_False);
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 1, &keep_v)) return 0;
    int keep = kr_truthy(keep_v);
    kr_value out = kr_list_new(0);
    if (keep < 0 || !out) return 0;
    const char *p = self->data, *end = p + self->len;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            q++;
        size_t eol = q == end ? 0 : (q[0] == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1;
        if (!push_piece(self, out, p, (size_t)(q - p) + (keep ? eol : 0))) return 0;
        p = q + eol;
    }
    return out;
}

/// partition/rpartition.
static kr_value str_partition_impl(const kr_value *args, bool from_end) {
    SELF();
    const kr_str *sep = like_arg(self, args[1]);
    if (!sep) return 0;
    if (sep->len == 0) return kr_raise_msg(&kr_type_ValueError, "empty separator");
    const char *hit = kr_bytes_find(self->data, self->len, sep->data, sep->len, from_end);
    kr_value empty = new_like(self, "", 0);
    if (!empty) return 0;
    kr_value parts[3] = {empty, empty, empty};
    if (!hit) {
        parts[from_end ? 2 : 0] = args[0];
    } else {
        size_t at = (size_t)(hit - self->data);
        parts[0] = piece_of(self, self->data, at);
        parts[1] = args[1];
        parts[2] = piece_of(self, hit + sep->len, self->len - at - sep->len);
        if (!parts[0] || !parts[2]) return 0;
    }
    return kr_build_tuple(3, parts);
}

static kr_value str_partition(size_t, const kr_value *a, kr_value) {
    return str_partition_impl(a, false);
}
static kr_value str_rpartition(size_t, const kr_value *a, kr_value) {
    return str_partition_impl(a, true);
}

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

//===----------------------------------------------------------------------===//
// The method table
//===----------------------------------------------------------------------===//

static KR_BUILTIN(str_find_obj, "find", str_find, 2, 4);
static KR_BUILTIN(str_rfind_obj, "rfind", str_rfind, 2, 4);
static KR_BUILTIN(str_index_obj, "index", str_index, 2, 4);
static KR_BUILTIN(str_rindex_obj, "rindex", str_rindex, 2, 4);
static KR_BUILTIN(str_count_obj, "count", str_count, 2, 4);
static KR_BUILTIN(str_startswith_obj, "startswith", str_startswith, 2, 4);
static KR_BUILTIN(str_endswith_obj, "endswith", str_endswith, 2, 4);
static KR_BUILTIN(str_join_obj, "join", str_join, 2, 2);
static KR_BUILTIN_KW(str_split_obj, "split", str_split, 1, 3);
static KR_BUILTIN_KW(str_rsplit_obj, "rsplit", str_rsplit, 1, 3);
static KR_BUILTIN_KW(str_splitlines_obj, "splitlines", str_splitlines, 1, 2);
static KR_BUILTIN(str_partition_obj, "partition", str_partition, 2, 2);
static KR_BUILTIN(str_rpartition_obj, "rpartition", str_rpartition, 2, 2);
static KR_BUILTIN(str_strip_obj, "strip", str_strip, 1, 2);
static KR_BUILTIN(str_lstrip_obj, "lstrip", str_lstrip, 1, 2);
static KR_BUILTIN(str_rstrip_obj, "rstrip", str_rstrip, 1, 2);
static KR_BUILTIN(str_replace_obj, "replace", str_replace, 3, 4);
static KR_BUILTIN(str_upper_obj, "upper", str_upper, 1, 1);
static KR_BUILTIN(str_lower_obj, "lower", str_lower, 1, 1);
static KR_BUILTIN(str_swapcase_obj, "swapcase", str_swapcase, 1, 1);
static KR_BUILTIN(str_capitalize_obj, "capitalize", str_capitalize, 1, 1);
static KR_BUILTIN(str_title_obj, "title", str_title, 1, 1);
static KR_BUILTIN(str_isdigit_obj, "isdigit", str_isdigit, 1, 1);
static KR_BUILTIN(str_isalpha_obj, "isalpha", str_isalpha, 1, 1);
static KR_BUILTIN(str_isspace_obj, "isspace", str_isspace, 1, 1);
static KR_BUILTIN(str_isalnum_obj, "isalnum", str_isalnum, 1, 1);
static KR_BUILTIN(str_isupper_obj, "isupper", str_isupper, 1, 1);
static KR_BUILTIN(str_islower_obj, "islower", str_islower, 1, 1);
static KR_BUILTIN(str_center_obj, "center", str_center, 2, 3);
static KR_BUILTIN(str_ljust_obj, "ljust", str_ljust, 2, 3);
static KR_BUILTIN(str_rjust_obj, "rjust", str_rjust, 2, 3);
static KR_BUILTIN(str_zfill_obj, "zfill", str_zfill, 2, 2);
static KR_BUILTIN(str_encode_obj, "encode", str_encode, 1, 3);
static KR_BUILTIN_KW(str_format_obj, "format", str_format_m, 1, KR_ARGS_ANY);
static KR_BUILTIN(bytes_decode_obj, "decode", bytes_decode, 1, 3);

const kr_attr_entry kr_str_attrs[] = {
    KR_ATTR("find", str_find_obj),
    KR_ATTR("rfind", str_rfind_obj),
    KR_ATTR("index", str_index_obj),
    KR_ATTR("rindex", str_rindex_obj),
    KR_ATTR("count", str_count_obj),
    KR_ATTR("startswith", str_startswith_obj),
    KR_ATTR("endswith", str_endswith_obj),
    KR_ATTR("join", str_join_obj),
    KR_ATTR("split", str_split_obj),
    KR_ATTR("rsplit", str_rsplit_obj),
    KR_ATTR("splitlines", str_splitlines_obj),
    KR_ATTR("partition", str_partition_obj),
    KR_ATTR("rpartition", str_rpartition_obj),
    KR_ATTR("strip", str_strip_obj),
    KR_ATTR("lstrip", str_lstrip_obj),
    KR_ATTR("rstrip", str_rstrip_obj),
    KR_ATTR("replace", str_replace_obj),
    KR_ATTR("upper", str_upper_obj),
    KR_ATTR("lower", str_lower_obj),
    KR_ATTR("swapcase", str_swapcase_obj),
    KR_ATTR("capitalize", str_capitalize_obj),
    KR_ATTR("title", str_title_obj),
    KR_ATTR("isdigit", str_isdigit_obj),
    KR_ATTR("isalpha", str_isalpha_obj),
    KR_ATTR("isspace", str_isspace_obj),
    KR_ATTR("isalnum", str_isalnum_obj),
    KR_ATTR("isupper", str_isupper_obj),
    KR_ATTR("islower", str_islower_obj),
    KR_ATTR("center", str_center_obj),
    KR_ATTR("ljust", str_ljust_obj),
    KR_ATTR("rjust", str_rjust_obj),
    KR_ATTR("zfill", str_zfill_obj),
    KR_ATTR("encode", str_encode_obj),
    KR_ATTR("format", str_format_obj),
    {nullptr, nullptr},
};

/// bytes shares the str methods that make sense for bytes, plus decode.
const kr_attr_entry kr_bytes_attrs[] = {
    KR_ATTR("decode", bytes_decode_obj),
    KR_ATTR("find", str_find_obj),
    KR_ATTR("rfind", str_rfind_obj),
    KR_ATTR("index", str_index_obj),
    KR_ATTR("rindex", str_rindex_obj),
    KR_ATTR("count", str_count_obj),
    KR_ATTR("startswith", str_startswith_obj),
    KR_ATTR("endswith", str_endswith_obj),
    KR_ATTR("join", str_join_obj),
    KR_ATTR("split", str_split_obj),
    KR_ATTR("rsplit", str_rsplit_obj),
    KR_ATTR("splitlines", str_splitlines_obj),
    KR_ATTR("partition", str_partition_obj),
    KR_ATTR("rpartition", str_rpartition_obj),
    KR_ATTR("strip", str_strip_obj),
    KR_ATTR("lstrip", str_lstrip_obj),
    KR_ATTR("rstrip", str_rstrip_obj),
    KR_ATTR("replace", str_replace_obj),
    KR_ATTR("upper", str_upper_obj),
    KR_ATTR("lower", str_lower_obj),
    KR_ATTR("isdigit", str_isdigit_obj),
    KR_ATTR("isalpha", str_isalpha_obj),
    KR_ATTR("isspace", str_isspace_obj),
    KR_ATTR("center", str_center_obj),
    KR_ATTR("ljust", str_ljust_obj),
    KR_ATTR("rjust", str_rjust_obj),
    {nullptr, nullptr},
};
