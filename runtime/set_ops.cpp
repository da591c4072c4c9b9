//===- runtime/set_ops.cpp - set and frozenset operators and methods ------===//
//
// Part of the krait runtime. The set algebra works on any set or frozenset
// through the table API of set.h; an operation that builds a new set builds
// one of its left operand's kind (set for set, frozenset for frozenset).
// The operators take only sets and frozensets on the right; the methods
// take any iterable.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/// The kind of set an operation on `self` builds.
static const kr_type *result_type(kr_value self) {
    return kr_is_frozenset(self) ? &kr_type_frozenset : &kr_type_set;
}

/// `other` as a set or frozenset: itself, or a new set of its items.
static kr_value as_anyset(kr_value other) {
    return kr_is_anyset(other) ? other : kr_set_from_iterable(&kr_type_set, other);
}

/// Call fn(item) for each item of an iterable; stops at the first failure.
/// Sets pass their stored hashes so keys are not hashed again. Returns false
/// with an exception pending.
template <typename Fn> static bool for_each_item(kr_value iterable, Fn fn) {
    if (kr_is_anyset(iterable)) {
        size_t pos = 0;
        while (kr_set_entry *e = kr_set_next(iterable, &pos)) {
            kr_value key = e->key; // read before fn can change the table
            if (!fn(key, e->hash)) return false;
        }
        return true;
    }
    kr_value it = kr_iter(iterable);
    if (!it) return false;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return false;
        if (item == KR_STOP) return true;
        kr_int hash;
        if (!kr_set_hash_key(item, &hash) || !fn(item, hash)) return false;
    }
}

//===----------------------------------------------------------------------===//
// The algebra
//===----------------------------------------------------------------------===//

/// Every key of a is in b (both sets): 1, 0, or -1 on error.
static int is_subset(kr_value a, kr_value b) {
    if (kr_set_len(a) > kr_set_len(b)) return 0;
    size_t pos = 0;
    while (kr_set_entry *e = kr_set_next(a, &pos)) {
        int r = kr_set_contains_hashed(b, e->key, e->hash);
        if (r <= 0) return r;
    }
    return 1;
}

/// a == b for two sets: 1, 0, or -1 on error.
static int set_equal(kr_value a, kr_value b) {
    if (!kr_container_stack_ok()) return -1;
    if (kr_set_len(a) != kr_set_len(b)) return 0;
    return is_subset(a, b);
}

/// A new set of `type` with self's keys.
static kr_value set_copy_as(const kr_type *type, kr_value self) {
    return kr_set_from_iterable(type, self);
}

/// The keys of `a` that are in the iterable `b`, as a new set of `type`.
static kr_value intersect(const kr_type *type, kr_value a, kr_value b) {
    kr_value out = kr_set_new(type);
    if (!out) return 0;
    if (kr_is_anyset(b) && kr_set_len(b) > kr_set_len(a)) {
        kr_value t = a; // walk the smaller set, look up in the larger
        a = b;
        b = t;
    }
    bool ok = for_each_item(b, [&](kr_value key, kr_int hash) {
        int r = kr_set_contains_hashed(a, key, hash);
        return r >= 0 && (r == 0 || kr_set_add_hashed(out, key, hash));
    });
    return ok ? out : 0;
}

/// Remove the items of an iterable from s. False on error.
static bool difference_update(kr_value s, kr_value other) {
    if (other == s) {
        kr_set_clear(s);
        return true;
    }
    return for_each_item(
        other, [&](kr_value key, kr_int hash) { return kr_set_discard_hashed(s, key, hash) >= 0; });
}

/// Toggle the (distinct) items of an iterable in s. False on error.
static bool symmetric_difference_update(kr_value s, kr_value other) {
    if (other == s) {
        kr_set_clear(s);
        return true;
    }
    // Toggle each distinct item once: {1} ^ [2, 2] is {1, 2}.
    kr_value o = as_anyset(other);
    if (!o) return false;
    return for_each_item(o, [&](kr_value key, kr_int hash) {
        int r = kr_set_discard_hashed(s, key, hash);
        return r > 0 || (r == 0 && kr_set_add_hashed(s, key, hash));
    });
}

/// self with the items of others[0, n) added, as a new set of self's kind.
static kr_value set_union(kr_value self, size_t n, const kr_value *others) {
    kr_value out = set_copy_as(result_type(self), self);
    for (size_t i = 0; out && i < n; i++)
        if (!kr_set_update(out, others[i])) return 0;
    return out;
}

/// The keys of self in every one of others[0, n).
static kr_value set_intersection(kr_value self, size_t n, const kr_value *others) {
    const kr_type *type = result_type(self);
    if (n == 0) return set_copy_as(type, self);
    kr_value out = self;
    for (size_t i = 0; out && i < n; i++)
        out = intersect(type, out, others[i]);
    return out;
}

/// The keys of self in none of others[0, n).
static kr_value set_difference(kr_value self, size_t n, const kr_value *others) {
    kr_value out = set_copy_as(result_type(self), self);
    for (size_t i = 0; out && i < n; i++)
        if (!difference_update(out, others[i])) return 0;
    return out;
}

/// The keys in exactly one of self and other.
static kr_value set_symmetric_difference(kr_value self, kr_value other) {
    kr_value out = set_copy_as(result_type(self), self);
    if (!out || !symmetric_difference_update(out, other)) return 0;
    return out;
}

/// s &= others...: keep the keys that are in every one of them.
static bool intersection_update(kr_value s, size_t n, const kr_value *others) {
    if (n == 0) return true;
    kr_value kept = set_intersection(s, n, others);
    if (!kept) return false;
    if (kept != s) kr_set_swap_contents(s, kept);
    return true;
}

/// No key of self is an item of other: 1, 0, or -1 on error.
static int is_disjoint(kr_value self, kr_value other) {
    kr_value a = self, b = other;
    if (kr_is_anyset(b) && kr_set_len(b) > kr_set_len(a)) {
        a = other; // walk the smaller set
        b = self;
    }
    int found = 0;
    bool ok = for_each_item(b, [&](kr_value key, kr_int hash) {
        found = kr_set_contains_hashed(a, key, hash);
        return found == 0;
    });
    return ok ? 1 : found > 0 ? 0 : -1;
}

/// Every item of the iterable other is in self: 1, 0, or -1 on error.
static int is_superset(kr_value self, kr_value other) {
    if (kr_is_anyset(other)) return is_subset(other, self);
    int found = 1;
    bool ok = for_each_item(other, [&](kr_value key, kr_int hash) {
        found = kr_set_contains_hashed(self, key, hash);
        return found > 0;
    });
    return ok ? 1 : found == 0 ? 0 : -1;
}

/// An int result of the algebra as a bool value (0 on error).
static kr_value bool_result(int r) {
    return r < 0 ? 0 : kr_bool(r != 0);
}

//===----------------------------------------------------------------------===//
// Slots
//===----------------------------------------------------------------------===//

/// {1, 2} and set() for set; frozenset({1, 2}), frozenset() and
/// Name({1, 2}) for frozenset and subclasses.
static bool set_print(const kr_printer *p, kr_value self, kr_print_kind) {
    if (!kr_container_stack_ok()) return false;
    const kr_type *t = kr_type_of(self);
    bool plain = t == &kr_type_set;
    if (kr_set_len(self) == 0) {
        kr_print_cstr(p, t->name);
        kr_print_cstr(p, "()");
        return true;
    }
    if (!plain) {
        kr_print_cstr(p, t->name);
        kr_print_cstr(p, "(");
    }
    kr_print_cstr(p, "{");
    size_t pos = 0;
    bool first = true;
    while (kr_set_entry *e = kr_set_next(self, &pos)) {
        if (!first) kr_print_cstr(p, ", ");
        first = false;
        if (!kr_print_value(p, e->key, KR_PRINT_REPR)) return false;
    }
    kr_print_cstr(p, plain ? "}" : "})");
    return true;
}

static kr_value set_unary_op(enum kr_unary_op op, kr_value self) {
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(kr_set_len(self) != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)kr_set_len(self));
    case KR_UNARY_HASH: {
        if (!kr_is_frozenset(self))
            return kr_raise_msg(&kr_type_TypeError, "unsupported type for __hash__: '%s'",
                                kr_type_name(self));
        // Immutable: the hash is computed once.
        kr_set *s = (kr_set *)kr_obj(self);
        if (s->hash < 0) s->hash = kr_set_hash_keys(self);
        return kr_small_int(s->hash);
    }
    default:
        return KR_NOTIMPL;
    }
}

/// self OP= other for a mutable set: updates self in place.
static kr_value set_inplace(enum kr_binary_op op, kr_value self, kr_value other) {
    bool ok;
    switch (op) {
    case KR_BINARY_INPLACE_OR:
        ok = kr_set_update(self, other) != 0;
        break;
    case KR_BINARY_INPLACE_AND:
        ok = intersection_update(self, 1, &other);
        break;
    case KR_BINARY_INPLACE_SUB:
        ok = difference_update(self, other);
        break;
    case KR_BINARY_INPLACE_XOR:
        ok = symmetric_difference_update(self, other);
        break;
    default:
        return KR_NOTIMPL;
    }
    return ok ? self : 0;
}

static kr_value set_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op == KR_BINARY_IN) {
        int r = kr_set_contains(self, other);
        return r < 0 ? 0 : kr_bool(r);
    }
    // Every other operator wants a set on the right: {1} | [2] is a TypeError.
    if (!kr_is_anyset(other)) return KR_NOTIMPL;
    switch (op) {
    case KR_BINARY_EQ:
    case KR_BINARY_NE: {
        int r = set_equal(self, other);
        return r < 0 ? 0 : kr_bool((r == 1) == (op == KR_BINARY_EQ));
    }
    case KR_BINARY_LE:
        return bool_result(is_subset(self, other));
    case KR_BINARY_GE:
        return bool_result(is_subset(other, self));
    case KR_BINARY_LT:
        return kr_set_len(self) < kr_set_len(other) ? bool_result(is_subset(self, other))
                                                    : kr_bool(false);
    case KR_BINARY_GT:
        return kr_set_len(self) > kr_set_len(other) ? bool_result(is_subset(other, self))
                                                    : kr_bool(false);
    case KR_BINARY_OR:
        return set_union(self, 1, &other);
    case KR_BINARY_AND:
        return set_intersection(self, 1, &other);
    case KR_BINARY_SUB:
        return set_difference(self, 1, &other);
    case KR_BINARY_XOR:
        return set_symmetric_difference(self, other);
    default:
        // frozenset has no in-place forms: the caller falls back to the
        // plain operator, which builds a new frozenset.
        return kr_is_set(self) ? set_inplace(op, self, other) : KR_NOTIMPL;
    }
}

static kr_value set_getiter(kr_value self) {
    return kr_set_iter(self);
}

static kr_value set_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                             kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    if (nargs == 0) return kr_set_new(type);
    return kr_set_from_iterable(type, args[0]);
}

static kr_value frozenset_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                                   kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    // Immutable: frozenset(f) may be f itself.
    if (nargs == 1 && type == &kr_type_frozenset && kr_type_of(args[0]) == &kr_type_frozenset)
        return args[0];
    if (nargs == 0) return kr_set_new(type);
    return kr_set_from_iterable(type, args[0]);
}

//===----------------------------------------------------------------------===//
// Methods. args[0] is self; methods called through the class (set.add(x, 1))
// check it, since nothing else does.
//===----------------------------------------------------------------------===//

/// False with TypeError pending unless self is a set (or, when `any_kind`,
/// a frozenset).
static bool check_self(kr_value self, const char *method, bool any_kind) {
    if (any_kind ? kr_is_anyset(self) : kr_is_set(self)) return true;
    kr_raise_msg(&kr_type_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, "set",
                 kr_type_name(self));
    return false;
}

static kr_value set_add_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "add", false)) return 0;
    return kr_set_add(args[0], args[1]);
}

static kr_value set_remove_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "remove", false)) return 0;
    int r = kr_set_discard(args[0], args[1]);
    if (r < 0) return 0;
    return r ? kr_val(&kr_None) : kr_raise_with_arg(&kr_type_KeyError, args[1]);
}

static kr_value set_discard_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "discard", false)) return 0;
    return kr_set_discard(args[0], args[1]) < 0 ? 0 : kr_val(&kr_None);
}

static kr_value set_pop_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "pop", false)) return 0;
    kr_value key = kr_set_pop(args[0]);
    if (key == KR_NOTFOUND) return kr_raise_msg(&kr_type_KeyError, "pop from an empty set");
    return key;
}

static kr_value set_clear_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "clear", false)) return 0;
    kr_set_clear(args[0]);
    return kr_val(&kr_None);
}

static kr_value set_copy_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "copy", true)) return 0;
    if (kr_type_of(args[0]) == &kr_type_frozenset) return args[0]; // immutable
    return set_copy_as(result_type(args[0]), args[0]);
}

static kr_value set_update_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "update", false)) return 0;
    for (size_t i = 1; i < nargs; i++)
        if (!kr_set_update(args[0], args[i])) return 0;
    return kr_val(&kr_None);
}

static kr_value set_union_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "union", true)) return 0;
    return set_union(args[0], nargs - 1, args + 1);
}

static kr_value set_intersection_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "intersection", true)) return 0;
    return set_intersection(args[0], nargs - 1, args + 1);
}

static kr_value set_intersection_update_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "intersection_update", false)) return 0;
    return intersection_update(args[0], nargs - 1, args + 1) ? kr_val(&kr_None) : 0;
}

static kr_value set_difference_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "difference", true)) return 0;
    return set_difference(args[0], nargs - 1, args + 1);
}

static kr_value set_difference_update_m(size_t nargs, const kr_value *args, kr_value) {
    if (!check_self(args[0], "difference_update", false)) return 0;
    for (size_t i = 1; i < nargs; i++)
        if (!difference_update(args[0], args[i])) return 0;
    return kr_val(&kr_None);
}

static kr_value set_symmetric_difference_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "symmetric_difference", true)) return 0;
    return set_symmetric_difference(args[0], args[1]);
}

static kr_value set_symmetric_difference_update_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "symmetric_difference_update", false)) return 0;
    return symmetric_difference_update(args[0], args[1]) ? kr_val(&kr_None) : 0;
}

static kr_value set_issubset_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "issubset", true)) return 0;
    kr_value other = as_anyset(args[1]);
    return other ? bool_result(is_subset(args[0], other)) : 0;
}

static kr_value set_issuperset_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "issuperset", true)) return 0;
    return bool_result(is_superset(args[0], args[1]));
}

static kr_value set_isdisjoint_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "isdisjoint", true)) return 0;
    return bool_result(is_disjoint(args[0], args[1]));
}

/// set.__contains__, which MicroPython puts in the set and frozenset type
/// dicts (self is the native set here).
static kr_value set_contains_m(size_t, const kr_value *args, kr_value) {
    if (!check_self(args[0], "__contains__", true)) return 0;
    return kr_binary_op(KR_BINARY_IN, args[1], args[0]);
}

static KR_BUILTIN(set_contains_obj, "__contains__", set_contains_m, 2, 2);
static KR_BUILTIN(set_add_obj, "add", set_add_m, 2, 2);
static KR_BUILTIN(set_remove_obj, "remove", set_remove_m, 2, 2);
static KR_BUILTIN(set_discard_obj, "discard", set_discard_m, 2, 2);
static KR_BUILTIN(set_pop_obj, "pop", set_pop_m, 1, 1);
static KR_BUILTIN(set_clear_obj, "clear", set_clear_m, 1, 1);
static KR_BUILTIN(set_copy_obj, "copy", set_copy_m, 1, 1);
static KR_BUILTIN(set_update_obj, "update", set_update_m, 1, KR_ARGS_ANY);
static KR_BUILTIN(set_union_obj, "union", set_union_m, 1, KR_ARGS_ANY);
static KR_BUILTIN(set_intersection_obj, "intersection", set_intersection_m, 1, KR_ARGS_ANY);
static KR_BUILTIN(set_intersection_update_obj, "intersection_update", set_intersection_update_m, 1,
                  KR_ARGS_ANY);
static KR_BUILTIN(set_difference_obj, "difference", set_difference_m, 1, KR_ARGS_ANY);
static KR_BUILTIN(set_difference_update_obj, "difference_update", set_difference_update_m, 1,
                  KR_ARGS_ANY);
static KR_BUILTIN(set_symmetric_difference_obj, "symmetric_difference", set_symmetric_difference_m,
                  2, 2);
static KR_BUILTIN(set_symmetric_difference_update_obj, "symmetric_difference_update",
                  set_symmetric_difference_update_m, 2, 2);
static KR_BUILTIN(set_issubset_obj, "issubset", set_issubset_m, 2, 2);
static KR_BUILTIN(set_issuperset_obj, "issuperset", set_issuperset_m, 2, 2);
static KR_BUILTIN(set_isdisjoint_obj, "isdisjoint", set_isdisjoint_m, 2, 2);

static const kr_attr_entry set_attrs[] = {
    KR_ATTR("__contains__", set_contains_obj),
    KR_ATTR("add", set_add_obj),
    KR_ATTR("clear", set_clear_obj),
    KR_ATTR("copy", set_copy_obj),
    KR_ATTR("difference", set_difference_obj),
    KR_ATTR("difference_update", set_difference_update_obj),
    KR_ATTR("discard", set_discard_obj),
    KR_ATTR("intersection", set_intersection_obj),
    KR_ATTR("intersection_update", set_intersection_update_obj),
    KR_ATTR("isdisjoint", set_isdisjoint_obj),
    KR_ATTR("issubset", set_issubset_obj),
    KR_ATTR("issuperset", set_issuperset_obj),
    KR_ATTR("pop", set_pop_obj),
    KR_ATTR("remove", set_remove_obj),
    KR_ATTR("symmetric_difference", set_symmetric_difference_obj),
    KR_ATTR("symmetric_difference_update", set_symmetric_difference_update_obj),
    KR_ATTR("union", set_union_obj),
    KR_ATTR("update", set_update_obj),
    {nullptr, nullptr},
};

static const kr_attr_entry frozenset_attrs[] = {
    KR_ATTR("__contains__", set_contains_obj),
    KR_ATTR("copy", set_copy_obj),
    KR_ATTR("difference", set_difference_obj),
    KR_ATTR("intersection", set_intersection_obj),
    KR_ATTR("isdisjoint", set_isdisjoint_obj),
    KR_ATTR("issubset", set_issubset_obj),
    KR_ATTR("issuperset", set_issuperset_obj),
    KR_ATTR("symmetric_difference", set_symmetric_difference_obj),
    KR_ATTR("union", set_union_obj),
    {nullptr, nullptr},
};

extern "C" const kr_type kr_type_set = {
    {&kr_type_type},
    "set",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    set_print,
    set_make_new,
    nullptr,
    set_unary_op,
    set_binary_op,
    nullptr,
    nullptr,
    set_getiter,
    nullptr,
    nullptr,
    nullptr,
    set_attrs,
    0,
    0,
};

extern "C" const kr_type kr_type_frozenset = {
    {&kr_type_type},
    "frozenset",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    set_print,
    frozenset_make_new,
    nullptr,
    set_unary_op,
    set_binary_op,
    nullptr,
    nullptr,
    set_getiter,
    nullptr,
    nullptr,
    nullptr,
    frozenset_attrs,
    0,
    0,
};
