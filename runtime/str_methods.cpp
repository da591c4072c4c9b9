//===- runtime/str_methods.cpp - methods of str ----------------------------===//
//
// Part of the krait runtime: the str and bytes methods that search, join and
// split, and the method tables of both types (the transforming methods are in
// str_methods_case.cpp, the helpers both use in str_methods_impl.h).
// Positions are code points.
//
//===----------------------------------------------------------------------===//
#include "list.h"
#include "str_methods_impl.h"
#include "tuple.h"

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
            kr_copy_bytes(w, self->data, self->len);
            w += self->len;
        }
        const kr_str *s = kr_str_obj(items[i]);
        kr_copy_bytes(w, s->data, s->len);
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
    // Count first, so the list is allocated once at its final size. The
    // first pieces found are remembered, so a short split (a line's words)
    // scans its str once.
    struct span {
        const char *p;
        size_t len;
    };
    span spans[sizeof(void *) >= 8 ? 32 : 8];
    const size_t max_spans = sizeof spans / sizeof spans[0];
    size_t n = 0;
    split_scan(self, sep, max, [&](const char *p, size_t len) {
        if (n < max_spans) spans[n] = {p, len};
        n++;
        return true;
    });
    kr_value out = kr_list_new(n);
    if (!out) return 0;
    if (n <= max_spans) {
        for (size_t k = 0; k < n; k++) {
            kr_value piece = piece_of(self, spans[k].p, spans[k].len);
            if (!piece) return 0;
            size_t count;
            kr_list_items(out, &count)[k] = piece;
        }
        return out;
    }
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
