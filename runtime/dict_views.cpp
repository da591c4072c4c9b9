//===- runtime/dict_views.cpp - dict iterators and views -------------------===//
//
// Part of the krait runtime: iter(d), d.keys(), d.values() and d.items(),
// built on kr_dict_next only (see dict.h).
//
//===----------------------------------------------------------------------===//
#include "dict.h"
#include "exception.h"
#include "function.h"
#include "str.h"
#include "tuple.h"

/// Iterator over keys, values or items; detects resizing by the loop body.
struct kr_dict_iter {
    kr_object base;
    kr_value dict;
    size_t pos;
    size_t used; ///< len(dict) when iteration started
    int kind;    ///< kr_dict_view_kind
};

static kr_value dict_iter_next(kr_value self) {
    kr_dict_iter *it = (kr_dict_iter *)kr_obj(self);
    if (kr_dict_len(it->dict) != it->used)
        return kr_raise_msg(&kr_type_RuntimeError, "dictionary changed size during iteration");
    kr_dict_entry *e = kr_dict_next(it->dict, &it->pos);
    if (!e) return KR_STOP;
    if (it->kind == KR_DICT_VIEW_KEYS) return e->key;
    if (it->kind == KR_DICT_VIEW_VALUES) return e->value;
    kr_value kv[2] = {e->key, e->value};
    return kr_build_tuple(2, kv);
}

extern "C" const kr_type kr_type_dict_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    dict_iter_next,  nullptr,    nullptr,
    nullptr,         0,          0,
};

static kr_value dict_iter_new(kr_value dict, int kind) {
    kr_dict_iter *it = kr_new_object<kr_dict_iter>(&kr_type_dict_iter);
    if (!it) return 0;
    it->dict = dict;
    it->pos = 0;
    it->used = kr_dict_len(dict);
    it->kind = kind;
    return kr_val(it);
}

kr_value kr_dict_getiter(kr_value self) {
    return dict_iter_new(self, KR_DICT_VIEW_KEYS);
}

/// dict.keys() / values() / items(): live views of the dict.
struct kr_dict_view {
    kr_object base;
    kr_value dict;
    int kind; ///< kr_dict_view_kind
};

static kr_dict_view *as_view(kr_value v) {
    return (kr_dict_view *)kr_obj(v);
}

static bool dict_view_print(const kr_printer *p, kr_value self, kr_print_kind) {
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    kr_dict_view *view = as_view(self);
    kr_print_cstr(p, names[view->kind]);
    kr_print_cstr(p, "([");
    size_t pos = 0;
    bool first = true;
    while (kr_dict_entry *e = kr_dict_next(view->dict, &pos)) {
        if (!first) kr_print_cstr(p, ", ");
        first = false;
        kr_value k = e->key, v = e->value;
        if (view->kind == KR_DICT_VIEW_ITEMS) kr_print_cstr(p, "(");
        if (view->kind != KR_DICT_VIEW_VALUES && !kr_print_value(p, k, KR_PRINT_REPR)) return false;
        if (view->kind == KR_DICT_VIEW_ITEMS) kr_print_cstr(p, ", ");
        if (view->kind != KR_DICT_VIEW_KEYS && !kr_print_value(p, v, KR_PRINT_REPR)) return false;
        if (view->kind == KR_DICT_VIEW_ITEMS) kr_print_cstr(p, ")");
    }
    kr_print_cstr(p, "])");
    return true;
}

static kr_value dict_view_unary_op(enum kr_unary_op op, kr_value self) {
    size_t n = kr_dict_len(as_view(self)->dict);
    if (op == KR_UNARY_LEN) return kr_small_int((kr_int)n);
    if (op == KR_UNARY_BOOL) return kr_bool(n != 0);
    return KR_NOTIMPL;
}

static kr_value dict_view_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op != KR_BINARY_IN) return KR_NOTIMPL;
    kr_dict_view *view = as_view(self);
    if (view->kind == KR_DICT_VIEW_KEYS) return kr_type_dict.binary_op(op, view->dict, other);
    if (view->kind == KR_DICT_VIEW_ITEMS) {
        // (k, v) in items: look k up, then compare the value.
        size_t n;
        kr_value *kv = kr_is_tuple(other) ? kr_tuple_items(other, &n) : nullptr;
        if (!kv || n != 2) return kr_bool(false);
        kr_value v = kr_dict_get(view->dict, kv[0]);
        if (!v || v == KR_NOTFOUND) return v ? kr_bool(false) : 0;
        int r = v == kv[1] ? 1 : kr_equal(v, kv[1]);
        return r < 0 ? 0 : kr_bool(r);
    }
    size_t pos = 0;
    while (kr_dict_entry *e = kr_dict_next(view->dict, &pos)) {
        int r = e->value == other ? 1 : kr_equal(e->value, other);
        if (r) return r < 0 ? 0 : kr_bool(true);
    }
    return kr_bool(false);
}

static kr_value dict_view_getiter(kr_value self) {
    return dict_iter_new(as_view(self)->dict, as_view(self)->kind);
}

extern "C" const kr_type kr_type_dict_view = {
    {&kr_type_type},
    "dict_view",
    0,
    &kr_type_object,
    dict_view_print,
    nullptr,
    nullptr,
    dict_view_unary_op,
    dict_view_binary_op,
    nullptr,
    nullptr,
    dict_view_getiter,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    0,
    0,
};

kr_value kr_dict_view_new(kr_value dict, int kind) {
    kr_dict_view *v = kr_new_object<kr_dict_view>(&kr_type_dict_view);
    if (!v) return 0;
    v->dict = dict;
    v->kind = kind;
    return kr_val(v);
}
