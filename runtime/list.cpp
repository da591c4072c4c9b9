//===- runtime/list.cpp - the list type ------------------------------------===//
//
// Part of the krait runtime.
//
//===----------------------------------------------------------------------===//
#include "list.h"
#include "exception.h"
#include "function.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

static kr_list *as_list(kr_value v) {
    return (kr_list *)kr_obj(v);
}

//===----------------------------------------------------------------------===//
// Storage
//===----------------------------------------------------------------------===//

/// The items stored in the list object's own block: a list made with a
/// known length (a literal, a slice, a copy) is one allocation, not two.
static kr_value *inline_items(kr_list *l) {
    return (kr_value *)(l + 1);
}

/// Make room for at least `need` items. False with MemoryError pending.
static bool list_reserve(kr_list *l, size_t need) {
    if (need <= l->alloc) return true;
    size_t alloc = l->alloc + l->alloc / 2 + 4;
    if (alloc < need) alloc = need;
    if (alloc > (size_t)-1 / sizeof(kr_value)) {
        kr_raise_memory_error();
        return false;
    }
    kr_value *items;
    if (l->items == inline_items(l)) {
        // Inline items cannot grow in place: move them to their own block
        // and clear the old slots so they keep nothing alive.
        items = (kr_value *)kr_gc_alloc(alloc * sizeof(kr_value));
        if (!items) return false;
        memcpy(items, l->items, l->len * sizeof(kr_value));
        memset(l->items, 0, l->alloc * sizeof(kr_value));
    } else {
        items = l->items ? (kr_value *)kr_gc_realloc(l->items, alloc * sizeof(kr_value))
                         : (kr_value *)kr_gc_alloc(alloc * sizeof(kr_value));
        if (!items) return false;
    }
    l->items = items;
    l->alloc = alloc;
    return true;
}

/// Open a gap of `n` items at position `at` (len grows by n; gap undefined).
static bool list_open_gap(kr_list *l, size_t at, size_t n) {
    if (!list_reserve(l, l->len + n)) return false;
    memmove(l->items + at + n, l->items + at, (l->len - at) * sizeof(kr_value));
    l->len += n;
    return true;
}

/// Remove items [at, at + n), clearing the freed tail so the collector does
/// not keep dead values alive.
static void list_close_gap(kr_list *l, size_t at, size_t n) {
    memmove(l->items + at, l->items + at + n, (l->len - at - n) * sizeof(kr_value));
    l->len -= n;
    memset(l->items + l->len, 0, n * sizeof(kr_value));
}

/// A list of length n whose items the caller fills at once (they are zero,
/// which no reader may see). 0 on MemoryError.
static kr_list *list_new_unfilled(size_t n) {
    if (n > ((size_t)-1 - sizeof(kr_list)) / sizeof(kr_value)) {
        kr_raise_memory_error();
        return nullptr;
    }
    kr_list *l = kr_new_object<kr_list>(&kr_type_list, sizeof(kr_list) + n * sizeof(kr_value));
    if (!l) return nullptr;
    if (n) {
        l->items = inline_items(l);
        l->alloc = n;
    }
    l->len = n;
    return l;
}

kr_value kr_list_new(size_t n) {
    kr_list *l = list_new_unfilled(n);
    if (!l) return 0;
    for (size_t i = 0; i < n; i++)
        l->items[i] = kr_val(&kr_None);
    return kr_val(l);
}

kr_value *kr_list_items(kr_value l, size_t *n) {
    *n = as_list(l)->len;
    return as_list(l)->items;
}

kr_value kr_build_list(size_t n, const kr_value *items) {
    kr_list *l = list_new_unfilled(n);
    if (!l) return 0;
    if (n) memcpy(l->items, items, n * sizeof(kr_value));
    return kr_val(l);
}

kr_value kr_list_append(kr_value list, kr_value item) {
    kr_list *l = as_list(list);
    if (!list_reserve(l, l->len + 1)) return 0;
    l->items[l->len++] = item;
    return kr_val(&kr_None);
}

/// The items of a list or tuple without copying; false for other types.
static bool seq_items(kr_value v, kr_value **items, size_t *n) {
    if (kr_is_list(v)) {
        *items = kr_list_items(v, n);
        return true;
    }
    if (kr_is_tuple(v)) {
        *items = kr_tuple_items(v, n);
        return true;
    }
    return false;
}

kr_value kr_list_extend(kr_value list, kr_value iterable) {
    kr_list *l = as_list(list);
    kr_value *src;
    size_t n;
    if (seq_items(iterable, &src, &n)) {
        size_t old = l->len;
        if (!list_reserve(l, old + n)) return 0;
        // Reread: extending a list with itself may have moved its items.
        seq_items(iterable, &src, &n);
        if (n) memcpy(l->items + old, src, (iterable == list ? old : n) * sizeof(kr_value));
        l->len = old + (iterable == list ? old : n);
        return kr_val(&kr_None);
    }
    kr_value it = kr_iter(iterable);
    if (!it) return 0;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return 0;
        if (item == KR_STOP) return kr_val(&kr_None);
        if (!kr_list_append(list, item)) return 0;
    }
}

/// A list or tuple's items as an array the caller may keep while the source
/// changes (a copy when the source is `self`), or any iterable collected.
static bool collect_items(kr_value self, kr_value v, kr_value **items, size_t *n) {
    if (v != self && seq_items(v, items, n)) return true;
    kr_value tmp = kr_list_new(0);
    if (!tmp || !kr_list_extend(tmp, v)) return false;
    *items = kr_list_items(tmp, n);
    return true;
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

static bool list_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_seq_print(p, self, "[", "]");
}

static kr_value list_unary_op(enum kr_unary_op op, kr_value self) {
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(as_list(self)->len != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)as_list(self)->len);
    case KR_UNARY_HASH:
        return kr_raise_msg(&kr_type_TypeError, "unsupported type for __hash__: 'list'");
    default:
        return KR_NOTIMPL;
    }
}

static kr_value list_repeat(kr_value self, kr_int n, bool in_place) {
    kr_list *l = as_list(self);
    size_t len = l->len;
    if (len == 0) return in_place ? self : kr_list_new(0);
    if ((size_t)n > ((size_t)-1 / sizeof(kr_value)) / len) return kr_raise_memory_error();
    kr_list *o = in_place ? l : list_new_unfilled(len * (size_t)n);
    if (!o || !list_reserve(o, len * (size_t)n)) return 0;
    kr_value out = kr_val(o);
    for (kr_int i = in_place ? 1 : 0; i < n; i++)
        memcpy(o->items + (size_t)i * len, l->items, len * sizeof(kr_value));
    if (in_place && n == 0) memset(o->items, 0, len * sizeof(kr_value));
    o->len = len * (size_t)n;
    return out;
}

static kr_value list_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    kr_list *l = as_list(self);
    switch (op) {
    case KR_BINARY_ADD: {
        if (!kr_is_list(other)) return KR_NOTIMPL;
        kr_value out = kr_build_list(l->len, l->items);
        if (!out || !kr_list_extend(out, other)) return 0;
        return out;
    }
    case KR_BINARY_INPLACE_ADD:
        return kr_list_extend(self, other) ? self : 0;
    case KR_BINARY_MUL:
    case KR_BINARY_INPLACE_MUL: {
        kr_int n;
        int k = kr_seq_repeat_count(other, &n);
        if (k <= 0) return k < 0 ? 0 : KR_NOTIMPL;
        return list_repeat(self, n, op == KR_BINARY_INPLACE_MUL);
    }
    case KR_BINARY_IN: {
        kr_int i = kr_seq_find(self, 0, l->len, other);
        return i == -2 ? 0 : kr_bool(i >= 0);
    }
    case KR_BINARY_EQ:
    case KR_BINARY_NE:
    case KR_BINARY_LT:
    case KR_BINARY_LE:
    case KR_BINARY_GT:
    case KR_BINARY_GE: {
        if (!kr_is_list(other)) return KR_NOTIMPL;
        return kr_seq_compare(op, self, other);
    }
    default:
        return KR_NOTIMPL;
    }
}

//===----------------------------------------------------------------------===//
// Indexing
//===----------------------------------------------------------------------===//

kr_value kr_list_slice(kr_value list, const kr_slice_range &r) {
    kr_list *l = as_list(list);
    kr_list *out = list_new_unfilled(r.count);
    if (!out) return 0;
    if (r.step == 1) {
        if (r.count) memcpy(out->items, l->items + r.start, r.count * sizeof(kr_value));
    } else {
        kr_seq_gather(l->items, r.start, r.step, r.count, out->items);
    }
    return kr_val(out);
}

static kr_value list_getitem(kr_value self, kr_value index) {
    kr_list *l = as_list(self);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, l->len, &r)) return 0;
        return kr_list_slice(self, r);
    }
    size_t i;
    if (!kr_seq_index("list", index, l->len, &i)) return 0;
    return l->items[i];
}

/// del l[slice]
static kr_value list_delete_slice(kr_list *l, const kr_slice_range &r) {
    if (r.count == 0) return kr_val(&kr_None);
    // Walk the selected positions in ascending order.
    kr_int step = r.step, first = r.start;
    if (step < 0) {
        first = r.start + (kr_int)(r.count - 1) * step;
        step = -step;
    }
    if (step == 1) {
        list_close_gap(l, (size_t)first, r.count);
        return kr_val(&kr_None);
    }
    size_t w = (size_t)first, next_del = (size_t)first, deleted = 0;
    for (size_t i = (size_t)first; i < l->len; i++) {
        if (deleted < r.count && i == next_del) {
            deleted++;
            next_del += (size_t)step;
            continue;
        }
        l->items[w++] = l->items[i];
    }
    memset(l->items + w, 0, (l->len - w) * sizeof(kr_value));
    l->len = w;
    return kr_val(&kr_None);
}

/// l[slice] = iterable
static kr_value list_assign_slice(kr_value self, const kr_slice_range &r, kr_value value) {
    kr_value *src;
    size_t n;
    if (!collect_items(self, value, &src, &n)) return 0;
    return kr_list_store_items(self, r, src, n);
}

kr_value kr_list_store_items(kr_value list, const kr_slice_range &r, const kr_value *src,
                             size_t n) {
    kr_list *l = as_list(list);
    if (r.step != 1) {
        if (n != r.count)
            return kr_raise_msg(&kr_type_ValueError,
                                "attempt to assign sequence of size %zu to extended slice of "
                                "size %zu",
                                n, r.count);
        for (size_t k = 0; k < n; k++)
            l->items[r.start + (kr_int)k * r.step] = src[k];
        return kr_val(&kr_None);
    }
    size_t at = (size_t)r.start;
    if (n > r.count) {
        // src stays valid: it never points into l->items (callers copy those).
        if (!list_open_gap(l, at + r.count, n - r.count)) return 0;
    } else if (n < r.count) {
        list_close_gap(l, at + n, r.count - n);
    }
    if (n) memcpy(l->items + at, src, n * sizeof(kr_value));
    return kr_val(&kr_None);
}

kr_value kr_list_store_slice(kr_value list, const kr_slice_range &r, kr_value value) {
    return value ? list_assign_slice(list, r, value) : list_delete_slice(as_list(list), r);
}

static kr_value list_setitem(kr_value self, kr_value index, kr_value value) {
    kr_list *l = as_list(self);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, l->len, &r)) return 0;
        return kr_list_store_slice(self, r, value);
    }
    size_t i;
    if (!kr_seq_index("list", index, l->len, &i)) return 0;
    if (value)
        l->items[i] = value;
    else
        list_close_gap(l, i, 1);
    return kr_val(&kr_None);
}

//===----------------------------------------------------------------------===//
// Iteration and construction
//===----------------------------------------------------------------------===//

/// Iterator over a list; sees appends made during the loop, as Python's does.
struct kr_list_iter {
    kr_object base;
    kr_value list;
    size_t index;
};

static kr_value list_iter_next(kr_value self) {
    kr_list_iter *it = (kr_list_iter *)kr_obj(self);
    kr_list *l = as_list(it->list);
    if (it->index >= l->len) return KR_STOP;
    return l->items[it->index++];
}

extern "C" const kr_type kr_type_list_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    list_iter_next,  nullptr,    nullptr,
    nullptr,         0,          0,
};

static kr_value list_getiter(kr_value self) {
    kr_list_iter *it = kr_new_object<kr_list_iter>(&kr_type_list_iter);
    if (!it) return 0;
    it->list = self;
    it->index = 0;
    return kr_val(it);
}

static kr_value list_make_new(const kr_type *, size_t nargs, const kr_value *args,
                              kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    kr_value l = kr_list_new(0);
    if (!l || (nargs == 1 && !kr_list_extend(l, args[0]))) return 0;
    return l;
}

//===----------------------------------------------------------------------===//
// Sorting: a stable merge sort over (key, value) pairs
//===----------------------------------------------------------------------===//

struct sort_item {
    kr_value key, value;
};

/// Whether b must come before a: b < a (a < b when reversed, which keeps
/// equal items in their original order either way). -1 on error.
static int sort_before(kr_value a, kr_value b, bool reverse) {
    if (kr_is_small_int(a) && kr_is_small_int(b)) // the common case, inline
        return reverse ? kr_small_int_value(a) < kr_small_int_value(b)
                       : kr_small_int_value(b) < kr_small_int_value(a);
    if (kr_is_str(a) && kr_is_str(b))
        return reverse ? kr_str_compare(a, b) < 0 : kr_str_compare(b, a) < 0;
    kr_value r = reverse ? kr_binary_op(KR_BINARY_LT, a, b) : kr_binary_op(KR_BINARY_LT, b, a);
    return r ? kr_truthy(r) : -1;
}

/// Sort a[0, n) using tmp (n / 2 + 1 items). On error a still holds every
/// item once.
static bool merge_sort(sort_item *a, sort_item *tmp, size_t n, bool reverse) {
    if (n <= 6) {
        for (size_t i = 1; i < n; i++) {
            sort_item x = a[i];
            size_t j = i;
            for (; j > 0; j--) {
                int b = sort_before(a[j - 1].key, x.key, reverse);
                if (b < 0) {
                    a[j] = x;
                    return false;
                }
                if (!b) break;
                a[j] = a[j - 1];
            }
            a[j] = x;
        }
        return true;
    }
    size_t mid = n / 2;
    if (!merge_sort(a, tmp, mid, reverse) || !merge_sort(a + mid, tmp, n - mid, reverse))
        return false;
    // Already in order (common for sorted input): no merge needed.
    int b = sort_before(a[mid - 1].key, a[mid].key, reverse);
    if (b <= 0) return b == 0;
    memcpy(tmp, a, mid * sizeof(sort_item));
    size_t i = 0, j = mid, k = 0;
    bool ok = true;
    while (i < mid && j < n) {
        b = sort_before(tmp[i].key, a[j].key, reverse);
        if (b < 0) {
            ok = false;
            break;
        }
        a[k++] = b ? a[j++] : tmp[i++];
    }
    memcpy(a + k, tmp + i, (mid - i) * sizeof(sort_item));
    return ok;
}

kr_value kr_list_sort(kr_value list, kr_value key, bool reverse) {
    kr_list *l = as_list(list);
    size_t n = l->len;
    if (n < 2) return kr_val(&kr_None);
    sort_item *work = (sort_item *)kr_gc_alloc((n + n / 2 + 1) * sizeof(sort_item));
    if (!work) return 0;
    sort_item *tmp = work + n;
    for (size_t i = 0; i < n; i++) {
        work[i].value = l->items[i];
        work[i].key = l->items[i];
    }
    // While sorting the list looks empty, so mutation by a key function or
    // comparison is detected rather than corrupting the sort.
    kr_value *items = l->items;
    size_t alloc = l->alloc;
    l->items = nullptr;
    l->len = l->alloc = 0;
    bool ok = true;
    for (size_t i = 0; key && i < n && ok; i++) {
        kr_value k = kr_call(key, 1, &work[i].value);
        ok = k != 0;
        work[i].key = k;
    }
    if (ok) ok = merge_sort(work, tmp, n, reverse);
    bool modified = l->len != 0 || l->items != nullptr;
    for (size_t i = 0; i < n; i++)
        items[i] = work[i].value;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (!ok) return 0;
    if (modified) return kr_raise_msg(&kr_type_ValueError, "list modified during sort");
    return kr_val(&kr_None);
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

static kr_value list_append_m(size_t, const kr_value *args, kr_value) {
    return kr_list_append(args[0], args[1]);
}

static kr_value list_extend_m(size_t, const kr_value *args, kr_value) {
    return kr_list_extend(args[0], args[1]);
}

static kr_value list_insert(size_t, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    kr_int i;
    if (!kr_index_value("list", args[1], &i)) return 0;
    if (i < 0) i += (kr_int)l->len;
    size_t at = i < 0 ? 0 : (size_t)i > l->len ? l->len : (size_t)i;
    if (!list_open_gap(l, at, 1)) return 0;
    l->items[at] = args[2];
    return kr_val(&kr_None);
}

static kr_value list_pop(size_t nargs, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    if (l->len == 0) return kr_raise_msg(&kr_type_IndexError, "pop from empty list");
    size_t i = l->len - 1;
    if (nargs > 1 && !kr_seq_index("list", args[1], l->len, &i)) return 0;
    kr_value v = l->items[i];
    list_close_gap(l, i, 1);
    return v;
}

static kr_value list_remove(size_t, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    kr_int i = kr_seq_find(args[0], 0, l->len, args[1]);
    if (i == -2) return 0;
    if (i < 0) return kr_raise_msg(&kr_type_ValueError, "object not in sequence");
    // The matching __eq__ may have shrunk the list.
    if ((size_t)i < l->len) list_close_gap(l, (size_t)i, 1);
    return kr_val(&kr_None);
}

static kr_value list_index(size_t nargs, const kr_value *args, kr_value) {
    return kr_seq_index_method(args[0], nargs, args);
}

static kr_value list_count(size_t, const kr_value *args, kr_value) {
    return kr_seq_count(args[0], args[1]);
}

static kr_value list_reverse(size_t, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        kr_value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return kr_val(&kr_None);
}

static kr_value list_clear(size_t, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    if (l->items == inline_items(l)) memset(l->items, 0, l->alloc * sizeof(kr_value));
    l->items = nullptr;
    l->len = l->alloc = 0;
    return kr_val(&kr_None);
}

static kr_value list_copy(size_t, const kr_value *args, kr_value) {
    kr_list *l = as_list(args[0]);
    return kr_build_list(l->len, l->items);
}

static kr_value list_sort_m(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"key", "reverse"};
    kr_value kw[2] = {kr_val(&kr_None), kr_val(&kr_False)};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 2, kw)) return 0;
    int reverse = kr_truthy(kw[1]);
    if (reverse < 0) return 0;
    return kr_list_sort(args[0], kw[0] == kr_val(&kr_None) ? 0 : kw[0], reverse);
}

static KR_BUILTIN(list_append_obj, "append", list_append_m, 2, 2);
static KR_BUILTIN(list_extend_obj, "extend", list_extend_m, 2, 2);
static KR_BUILTIN(list_insert_obj, "insert", list_insert, 3, 3);
static KR_BUILTIN(list_pop_obj, "pop", list_pop, 1, 2);
static KR_BUILTIN(list_remove_obj, "remove", list_remove, 2, 2);
static KR_BUILTIN(list_index_obj, "index", list_index, 2, 4);
static KR_BUILTIN(list_count_obj, "count", list_count, 2, 2);
static KR_BUILTIN(list_reverse_obj, "reverse", list_reverse, 1, 1);
static KR_BUILTIN(list_clear_obj, "clear", list_clear, 1, 1);
static KR_BUILTIN(list_copy_obj, "copy", list_copy, 1, 1);
static KR_BUILTIN_KW(list_sort_obj, "sort", list_sort_m, 1, 1);

static const kr_attr_entry list_attrs[] = {
    KR_ATTR("append", list_append_obj), KR_ATTR("extend", list_extend_obj),
    KR_ATTR("insert", list_insert_obj), KR_ATTR("pop", list_pop_obj),
    KR_ATTR("remove", list_remove_obj), KR_ATTR("index", list_index_obj),
    KR_ATTR("count", list_count_obj),   KR_ATTR("reverse", list_reverse_obj),
    KR_ATTR("clear", list_clear_obj),   KR_ATTR("copy", list_copy_obj),
    KR_ATTR("sort", list_sort_obj),     {nullptr, nullptr},
};

extern "C" const kr_type kr_type_list = {
    {&kr_type_type},
    "list",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    list_print,
    list_make_new,
    nullptr,
    list_unary_op,
    list_binary_op,
    list_getitem,
    list_setitem,
    list_getiter,
    nullptr,
    nullptr,
    nullptr,
    list_attrs,
    0,
    0,
};
