//===- runtime/dir.cpp - the dir() builtin --------------------------------===//
//
// Names are gathered into a set (one entry per name, whatever the number of
// classes defining it), then listed and sorted.
//
//===----------------------------------------------------------------------===//
#include "dir.h"

#include "class.h"
#include "dict.h"
#include "exception.h"
#include "list.h"
#include "runtime.h"
#include "set.h"

namespace {

bool add_dict_keys(kr_value names, kr_value dict) {
    if (!dict || !kr_is_dict(dict)) return true;
    size_t pos = 0;
    while (kr_dict_entry *e = kr_dict_next(dict, &pos))
        if (!kr_set_add(names, e->key)) return false;
    return true;
}

bool add_cstr(kr_value names, const char *name) {
    kr_value s = kr_str_from_cstr(name);
    return s && kr_set_add(names, s);
}

/// The names defined by t and its bases (user dicts and built-in tables).
bool add_type_names(kr_value names, const kr_type *t) {
    for (; t; t = t->parent) {
        if (!add_dict_keys(names, t->dict)) return false;
        if (t->attrs)
            for (const kr_attr_entry *e = t->attrs; e->name; ++e)
                if (!add_cstr(names, e->name)) return false;
        if (t->bases) {
            size_t n;
            kr_value *bases = kr_tuple_items(t->bases, &n);
            for (size_t i = 0; i < n; ++i)
                if (!add_type_names(names, (const kr_type *)kr_obj(bases[i]))) return false;
        }
    }
    return true;
}

/// The attribute dict of obj itself, or 0.
kr_value own_dict(kr_value obj) {
    if (!kr_is_obj(obj)) return 0;
    const kr_type *t = kr_type_of(obj);
    if (t == &kr_type_module) return kr_module_dict(obj);
    if (!t->dict) return 0; // only instances of user classes carry one
    if (t->flags & KR_TYPE_FLAG_EXCEPTION) return ((kr_exception *)kr_obj(obj))->dict;
    return ((kr_instance *)kr_obj(obj))->dict;
}

kr_value bi_dir(size_t, const kr_value *args, kr_value) {
    kr_value obj = args[0];
    kr_value names = kr_set_new(&kr_type_set);
    if (!names) return 0;
    const kr_type *t = kr_type_of(obj);
    bool is_type = t == &kr_type_type;
    if (!add_dict_keys(names, own_dict(obj))) return 0;
    if (t != &kr_type_module) {
        if (!add_type_names(names, is_type ? (const kr_type *)kr_obj(obj) : t)) return 0;
        if (!add_cstr(names, "__class__")) return 0;
        // Exceptions answer `args` from their layout, not from a table.
        if ((t->flags & KR_TYPE_FLAG_EXCEPTION) && !add_cstr(names, "args")) return 0;
    }
    kr_value list = kr_list_new(0);
    if (!list) return 0;
    kr_value it = kr_iter(names);
    if (!it) return 0;
    for (kr_value v; (v = kr_iter_next(it)) != KR_STOP;) {
        if (!v || !kr_list_append(list, v)) return 0;
    }
    if (!kr_list_sort(list, 0, false)) return 0;
    return list;
}

} // namespace

extern "C" KR_BUILTIN(kr_dir_obj, "dir", bi_dir, 1, 1);
