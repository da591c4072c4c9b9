//===- runtime/ops.cpp - the generic protocols over type slots ------------===//
//
// Operators, truth, hashing, equality, item and attribute access, iteration
// and unpacking, dispatched through the slots of kr_type. Error messages use
// MicroPython's wording.
//
//===----------------------------------------------------------------------===//
#include "binop_site.h"
#include "class.h"
#include "dict.h"
#include "exception.h"
#include "function.h"
#include "list.h"
#include "method_cache.h"
#include "print.h"
#include "str.h"
#include "tuple.h"

namespace {

const char *const unary_names[] = {"__pos__",  "__neg__", "__invert__", "__not__",
                                   "__bool__", "__len__", "__hash__",   "__abs__"};

const char *const binary_names[KR_BINARY_OP_COUNT] = {
    "__lt__",       "__gt__",       "__eq__",      "__le__",           "__ge__",       "__ne__",
    "__contains__", "__is__",       "__is_not__",  "__not_contains__", "__or__",       "__xor__",
    "__and__",      "__lshift__",   "__rshift__",  "__add__",          "__sub__",      "__mul__",
    "__matmul__",   "__floordiv__", "__truediv__", "__mod__",          "__pow__",      "__divmod__",
    "__ior__",      "__ixor__",     "__iand__",    "__ilshift__",      "__irshift__",  "__iadd__",
    "__isub__",     "__imul__",     "__imatmul__", "__ifloordiv__",    "__itruediv__", "__imod__",
    "__ipow__"};

/// Find the first unary/binary slot along the parent chain.
template <typename Slot> Slot find_slot(const kr_type *t, Slot kr_type::*slot) {
    for (; t; t = t->parent)
        if (t->*slot) return t->*slot;
    return nullptr;
}

/// self OP other for an instance of a user class without a native base
/// (Vec.__add__...): a plain function dunder is called straight with (self,
/// other), skipping the generic slot's bound-call and argument-array steps.
kr_value user_binary(const kr_type *t, enum kr_binary_op op, kr_value self, kr_value other) {
    kr_value m = kr_class_lookup_special(t, binary_names[op], KR_SLOT(binary_op));
    if (!m) return 0;
    if (m == KR_NOTFOUND) return KR_NOTIMPL; // no native base to fall back on
    if (m == KR_STOP || !kr_is_obj(m) || kr_type_of(m) != &kr_type_function)
        return kr_instance_binary_op(op, self, other); // staticmethod, descriptor...
    // A returned NotImplemented is KR_NOTIMPL itself: the caller tries the
    // reflected operator next.
    return kr_function_call_self(m, self, 1, &other);
}

kr_value call_binary(const kr_type *t, enum kr_binary_op op, kr_value self, kr_value other) {
    if (t->binary_op == kr_instance_binary_op && t->parent == &kr_type_object &&
        !(t->flags & KR_TYPE_FLAG_EXCEPTION))
        return user_binary(t, op, self, other);
    auto fn = find_slot(t, &kr_type::binary_op);
    return fn ? fn((enum kr_binary_op)op, self, other) : KR_NOTIMPL;
}

kr_value unsupported_binary(int op, kr_value lhs, kr_value rhs) {
    return kr_raise_msg(&kr_type_TypeError, "unsupported types for %s: '%s', '%s'",
                        binary_names[op], kr_type_name(lhs), kr_type_name(rhs));
}

/// Whether `lhs op rhs` may be retried as `rhs op lhs`: only number *
/// sequence, so `2 * [1]` reaches list's repetition. (Mixed int/float/bool
/// arithmetic is the number types' own business.)
bool retry_swapped(int op, kr_value lhs) {
    if (op != KR_BINARY_MUL) return false;
    const kr_type *t = kr_type_of(lhs);
    return kr_type_has_layout(t, &kr_type_int) || t == &kr_type_float;
}

/// An instance of a user class with no native base (its `*` is its own
/// __mul__, never a sequence repetition).
bool user_without_native(kr_value v) {
    const kr_type *t = kr_type_of(v);
    return (t->flags & KR_TYPE_FLAG_USER) && t->parent == &kr_type_object;
}

const char *const reflected_names[KR_BINARY_INPLACE_FIRST - KR_BINARY_FIRST] = {
    "__ror__",      "__rxor__", "__rand__", "__rlshift__", "__rrshift__",
    "__radd__",     "__rsub__", "__rmul__", "__rmatmul__", "__rfloordiv__",
    "__rtruediv__", "__rmod__", "__rpow__", "__rdivmod__"};

/// Whether `lhs op rhs` asks the right operand's reflected method first (as
/// CPython; MicroPython's documentation is silent): rhs's class is a proper
/// subclass of lhs's that provides a reflected method other than the one lhs's
/// class has. -1 when a lookup raised.
int reflected_first(int op, kr_value lhs, kr_value rhs) {
    const kr_type *lt = kr_type_of(lhs), *rt = kr_type_of(rhs);
    if (rt == lt || !(rt->flags & KR_TYPE_FLAG_USER) || !kr_type_is_subtype(rt, lt)) return 0;
    const char *name = reflected_names[op - KR_BINARY_FIRST];
    kr_value mine = kr_class_lookup_special(rt, name, KR_SLOT(binary_op));
    if (!mine) return -1;
    if (mine == KR_NOTFOUND || mine == KR_STOP) return 0;
    if (!(lt->flags & KR_TYPE_FLAG_USER)) return 1; // a built-in base has none of its own
    kr_value theirs = kr_class_lookup_special(lt, name, KR_SLOT(binary_op));
    if (!theirs) return -1;
    return mine != theirs;
}

/// The part of `lhs OP rhs` after the left operand's method declined: the
/// right operand's reflected method (unless it was asked first), then (for
/// number * sequence) the right operand's slot with them swapped.
kr_value arith_rest(int op, kr_value lhs, kr_value rhs, int reported_op, bool try_reflected) {
    // A user class on the right may define the reflected method (__radd__...).
    if (try_reflected) {
        kr_value r = kr_instance_reflected_op((enum kr_binary_op)op, lhs, rhs);
        if (r != KR_NOTIMPL) return r;
    }
    if (retry_swapped(op, lhs) && kr_type_of(lhs) != kr_type_of(rhs) && !user_without_native(rhs)) {
        kr_value r = call_binary(kr_type_of(rhs), (enum kr_binary_op)op, rhs, lhs);
        if (r != KR_NOTIMPL) return r;
    }
    return unsupported_binary(reported_op, lhs, rhs);
}

/// lhs OP rhs for a plain arithmetic operator: a subclass's reflected method
/// when it comes first, the left operand's slot, then arith_rest.
kr_value arith(int op, kr_value lhs, kr_value rhs, int reported_op) {
    int first = reflected_first(op, lhs, rhs);
    if (first < 0) return 0;
    if (first) {
        kr_value r = kr_instance_reflected_op((enum kr_binary_op)op, lhs, rhs);
        if (r != KR_NOTIMPL) return r;
    }
    kr_value r = call_binary(kr_type_of(lhs), (enum kr_binary_op)op, lhs, rhs);
    if (r != KR_NOTIMPL) return r;
    return arith_rest(op, lhs, rhs, reported_op, !first);
}

/// A user class whose instances' operators are its own plain methods
/// (call_binary's user_binary case).
bool plain_operator_class(const kr_type *t) {
    return (t->flags & KR_TYPE_FLAG_USER) && t->binary_op == kr_instance_binary_op &&
           t->parent == &kr_type_object && !(t->flags & KR_TYPE_FLAG_EXCEPTION);
}

/// The plain operator of an arithmetic op (in-place forms mapped).
int plain_arith(int op) {
    return op >= KR_BINARY_INPLACE_FIRST ? op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST : op;
}

/// Fill `site` for `lhs op rhs` when the left operand's class answers op with
/// a plain function, called first, whatever it returns (see binop_site.h).
void binop_site_fill(int op, kr_value lhs, kr_value rhs, kr_binop_site *site) {
    if (op < KR_BINARY_FIRST || op >= KR_BINARY_OP_COUNT || !kr_is_obj(lhs)) return;
    const kr_type *lt = kr_type_of(lhs), *rt = kr_type_of(rhs);
    if (!plain_operator_class(lt) || (rt != lt && (rt->flags & KR_TYPE_FLAG_USER))) return;
    uintptr_t epoch = kr_class_epoch;
    int plain = plain_arith(op);
    if (plain != op) {
        // An in-place method of the class would be called instead.
        kr_value own = kr_class_lookup_special(lt, binary_names[op], KR_SLOT(binary_op));
        if (own != KR_NOTFOUND) return;
    }
    kr_value m = kr_class_lookup_special(lt, binary_names[plain], KR_SLOT(binary_op));
    if (!m || !kr_is_obj(m) || kr_type_of(m) != &kr_type_function) return;
    if (epoch != kr_class_epoch) return;
    site->epoch = epoch;
    site->lhs = lt;
    site->rhs = rt;
    site->fn = m;
}

/// `needle in container`: the container's IN slot, else iteration.
int contains(kr_value container, kr_value needle) {
    kr_value r = call_binary(kr_type_of(container), KR_BINARY_IN, container, needle);
    if (r == 0) return -1;
    if (r != KR_NOTIMPL) return kr_truthy(r);
    kr_value it = kr_iter(container);
    if (!it) return -1;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (item == 0) return -1;
        if (item == KR_STOP) return 0;
        int eq = kr_equal(item, needle);
        if (eq != 0) return eq;
    }
}

enum kr_binary_op swapped_comparison(int op) {
    switch (op) {
    case KR_BINARY_LT:
        return KR_BINARY_GT;
    case KR_BINARY_GT:
        return KR_BINARY_LT;
    case KR_BINARY_LE:
        return KR_BINARY_GE;
    default:
        return KR_BINARY_LE;
    }
}

} // namespace

//===--- Unary ------------------------------------------------------------===//

extern "C" kr_value kr_unary_op(int op, kr_value v) {
    if (op == KR_UNARY_NOT) return kr_not(v);
    if (op == KR_UNARY_BOOL) {
        int t = kr_truthy(v);
        return t < 0 ? 0 : kr_bool(t);
    }
    if (op == KR_UNARY_HASH) {
        kr_int h;
        return kr_hash(v, &h) ? kr_small_int(h) : 0;
    }
    const kr_type *t = kr_type_of(v);
    auto fn = find_slot(t, &kr_type::unary_op);
    kr_value r = fn ? fn((enum kr_unary_op)op, v) : KR_NOTIMPL;
    if (r != KR_NOTIMPL) return r;
    if (op == KR_UNARY_LEN)
        return kr_raise_msg(&kr_type_TypeError, "object of type '%s' has no len()", t->name);
    return kr_raise_msg(&kr_type_TypeError, "unsupported type for %s: '%s'", unary_names[op],
                        t->name);
}

extern "C" int kr_truthy(kr_value v) {
    if (v == kr_val(&kr_True)) return 1;
    if (v == kr_val(&kr_False) || v == kr_val(&kr_None)) return 0;
    if (kr_is_small_int(v)) return kr_small_int_value(v) != 0;
    const kr_type *t = kr_type_of(v);
    // str and the built-in containers answer from their counts, as their
    // unary slots do (`if word:`, `while stack:`).
    if (t == &kr_type_str) return ((const kr_str *)kr_obj(v))->len != 0;
    if (t == &kr_type_list) return ((const kr_list *)kr_obj(v))->len != 0;
    if (t == &kr_type_tuple) return ((const kr_tuple *)kr_obj(v))->len != 0;
    if (t == &kr_type_dict) return kr_dict_len(v) != 0;
    auto fn = find_slot(t, &kr_type::unary_op);
    if (!fn) return 1;
    kr_value r = fn(KR_UNARY_BOOL, v);
    if (r == 0) return -1;
    if (r != KR_NOTIMPL)
        return r == kr_val(&kr_True) ? 1 : r == kr_val(&kr_False) ? 0 : kr_truthy(r);
    r = fn(KR_UNARY_LEN, v);
    if (r == 0) return -1;
    if (r == KR_NOTIMPL) return 1;
    return kr_truthy(r);
}

extern "C" kr_value kr_not(kr_value v) {
    int t = kr_truthy(v);
    return t < 0 ? 0 : kr_bool(!t);
}

bool kr_hash(kr_value v, kr_int *out) {
    if (kr_is_small_int(v)) {
        *out = kr_small_int_value(v);
        return true;
    }
    if (!kr_stack_ok()) return false;
    const kr_type *t = kr_type_of(v);
    auto fn = find_slot(t, &kr_type::unary_op);
    kr_value r = fn ? fn(KR_UNARY_HASH, v) : KR_NOTIMPL;
    if (r == 0) return false;
    if (r != KR_NOTIMPL) {
        if (kr_is_small_int(r)) {
            *out = kr_small_int_value(r);
            return true;
        }
        int64_t h;
        if (!kr_int_to_i64(r, &h)) {
            kr_raise_msg(&kr_type_TypeError, "__hash__ must return an int");
            return false;
        }
        *out = (kr_int)(h >> 1) & KR_SMALL_INT_MAX;
        return true;
    }
    // Types that compare by identity hash by identity; types that define
    // equality but no hash (list, dict) are unhashable.
    if (find_slot(t, &kr_type::binary_op)) {
        kr_raise_msg(&kr_type_TypeError, "unsupported type for __hash__: '%s'", t->name);
        return false;
    }
    *out = (kr_int)(v >> 3) & KR_SMALL_INT_MAX;
    return true;
}

//===--- Binary -----------------------------------------------------------===//

int kr_equal(kr_value a, kr_value b) {
    // Identity implies equality except for floats and complex numbers
    // (nan != nan).
    if (a == b && (kr_is_small_int(a) ||
                   (kr_type_of(a) != &kr_type_float && kr_type_of(a) != &kr_type_complex)))
        return 1;
    if (kr_is_small_int(a) && kr_is_small_int(b)) return 0;
    // The commonest non-int case (dict keys, `==` on names) settles without
    // the operator dispatch; exact strs only, a subclass may define __eq__.
    if (kr_is_str(a) && kr_is_str(b)) return kr_str_equal(a, b);
    if (!kr_stack_ok()) return -1;
    kr_value r = call_binary(kr_type_of(a), KR_BINARY_EQ, a, b);
    if (r == KR_NOTIMPL) r = call_binary(kr_type_of(b), KR_BINARY_EQ, b, a);
    if (r == 0) return -1;
    if (r == KR_NOTIMPL) return a == b;
    return kr_truthy(r);
}

extern "C" kr_value kr_binary_op(int op, kr_value lhs, kr_value rhs) {
    switch (op) {
    case KR_BINARY_IS:
        return kr_bool(lhs == rhs);
    case KR_BINARY_IS_NOT:
        return kr_bool(lhs != rhs);
    case KR_BINARY_EQ:
    case KR_BINARY_NE: {
        int eq = kr_equal(lhs, rhs);
        if (eq < 0) return 0;
        return kr_bool(op == KR_BINARY_EQ ? eq : !eq);
    }
    case KR_BINARY_IN:
    case KR_BINARY_NOT_IN: {
        // `lhs in rhs`: rhs is the container.
        int c = contains(rhs, lhs);
        if (c < 0) return 0;
        return kr_bool(op == KR_BINARY_IN ? c : !c);
    }
    case KR_BINARY_LT:
    case KR_BINARY_GT:
    case KR_BINARY_LE:
    case KR_BINARY_GE: {
        if (!kr_stack_ok()) return 0;
        kr_value r = call_binary(kr_type_of(lhs), (enum kr_binary_op)op, lhs, rhs);
        if (r == KR_NOTIMPL) r = call_binary(kr_type_of(rhs), swapped_comparison(op), rhs, lhs);
        if (r == KR_NOTIMPL) return unsupported_binary(op, lhs, rhs);
        return r;
    }
    default:
        break;
    }
    if (op < KR_BINARY_FIRST || op >= KR_BINARY_OP_COUNT)
        return kr_raise_msg(&kr_type_TypeError, "bad binary operator %d", op);
    if (op >= KR_BINARY_INPLACE_FIRST) {
        // In place: the left operand's own in-place form, then the plain one.
        kr_value r = call_binary(kr_type_of(lhs), (enum kr_binary_op)op, lhs, rhs);
        if (r != KR_NOTIMPL) return r;
        return arith(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST, lhs, rhs, op);
    }
    return arith(op, lhs, rhs, op);
}

extern "C" kr_value kr_binary_op_site(int op, kr_value lhs, kr_value rhs, kr_binop_site *site) {
    binop_site_fill(op, lhs, rhs, site);
    return kr_binary_op(op, lhs, rhs);
}

extern "C" kr_value kr_binary_op_after(int op, kr_value lhs, kr_value rhs) {
    // The filled site made sure no subclass's reflected method came first.
    return arith_rest(plain_arith(op), lhs, rhs, op, true);
}

//===--- Items ------------------------------------------------------------===//

extern "C" kr_value kr_getitem(kr_value obj, kr_value index) {
    auto fn = find_slot(kr_type_of(obj), &kr_type::getitem);
    if (!fn)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't subscriptable",
                            kr_type_name(obj));
    return fn(obj, index);
}

extern "C" kr_value kr_setitem(kr_value obj, kr_value index, kr_value value) {
    auto fn = find_slot(kr_type_of(obj), &kr_type::setitem);
    if (!fn)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object doesn't support item assignment",
                            kr_type_name(obj));
    return fn(obj, index, value);
}

extern "C" kr_value kr_delitem(kr_value obj, kr_value index) {
    auto fn = find_slot(kr_type_of(obj), &kr_type::setitem);
    if (!fn)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object doesn't support item deletion",
                            kr_type_name(obj));
    return fn(obj, index, 0);
}

//===--- Attributes -------------------------------------------------------===//

namespace {

/// The method table entry for name along t's parent chain, or null.
const kr_object *find_attr(const kr_type *t, kr_value name) {
    return kr_type_find_attr(t, name, nullptr); // cached (method_cache.h)
}

/// A method table value as seen through an instance: builtins bind.
kr_value bind_attr(kr_value obj, const kr_object *attr) {
    kr_value v = kr_val(attr);
    if (attr->type != &kr_type_builtin_function) return v;
    uint16_t flags = ((const kr_builtin_function *)attr)->flags;
    if (flags & KR_BUILTIN_FLAG_STATIC) return v;
    if (flags & KR_BUILTIN_FLAG_CLASS) return kr_bound_method_new(kr_val(kr_type_of(obj)), v);
    return kr_bound_method_new(obj, v);
}

kr_value no_attribute(kr_value obj, kr_value name) {
    if (kr_isinstance(obj, &kr_type_type))
        return kr_raise_msg(&kr_type_AttributeError, "type object '%s' has no attribute '%S'",
                            ((const kr_type *)kr_obj(obj))->name, name);
    return kr_raise_msg(&kr_type_AttributeError, "'%s' object has no attribute '%S'",
                        kr_type_name(obj), name);
}

} // namespace

extern "C" kr_value kr_getattr(kr_value obj, kr_value name) {
    const kr_type *t = kr_type_of(obj);
    auto slot = find_slot(t, &kr_type::getattr);
    // User classes resolve everything (instance dict first) in their slot;
    // so do classes (object's methods must not bind to a class).
    bool slot_first = (t->flags & KR_TYPE_FLAG_USER) || t == &kr_type_type;
    if (slot && slot_first) {
        kr_value r = slot(obj, name);
        if (r != KR_NOTFOUND) return r;
    }
    if (const kr_object *attr = find_attr(t, name)) return bind_attr(obj, attr);
    if (slot && !slot_first) {
        kr_value r = slot(obj, name);
        if (r != KR_NOTFOUND) return r;
    }
    if (kr_str_equal_cstr(name, "__class__")) return kr_val(t);
    return no_attribute(obj, name);
}

extern "C" kr_value kr_call_method(kr_value obj, kr_value name, size_t nargs, const kr_value *args,
                                   kr_value kwnames) {
    const kr_type *t = kr_type_of(obj);
    if (!(t->flags & KR_TYPE_FLAG_USER)) {
        const kr_object *attr = find_attr(t, name);
        if (attr && attr->type == &kr_type_builtin_function &&
            !(((const kr_builtin_function *)attr)->flags &
              (KR_BUILTIN_FLAG_STATIC | KR_BUILTIN_FLAG_CLASS))) {
            return kr_call_with_self(kr_val(attr), obj, nargs, args, kwnames);
        }
    }
    if (t->flags & KR_TYPE_FLAG_USER) {
        kr_value r = kr_instance_call_method(obj, name, nargs, args, kwnames);
        if (r != KR_NOTFOUND) return r;
    }
    kr_value fn = kr_getattr(obj, name);
    if (!fn) return 0;
    return kr_call_kw(fn, nargs, args, kwnames);
}

extern "C" kr_value kr_setattr(kr_value obj, kr_value name, kr_value value) {
    auto slot = find_slot(kr_type_of(obj), &kr_type::setattr);
    kr_value r = slot ? slot(obj, name, value) : KR_NOTFOUND;
    if (r == KR_NOTFOUND) return no_attribute(obj, name);
    return r;
}

extern "C" kr_value kr_delattr(kr_value obj, kr_value name) {
    return kr_setattr(obj, name, 0);
}

//===--- Iteration --------------------------------------------------------===//

extern "C" kr_value kr_iter(kr_value obj) {
    const kr_type *t = kr_type_of(obj);
    if (t->flags & KR_TYPE_FLAG_ITER_IS_SELF) return obj;
    auto fn = find_slot(t, &kr_type::getiter);
    if (!fn) return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't iterable", t->name);
    return fn(obj);
}

extern "C" kr_value kr_iter_next(kr_value iter) {
    auto fn = find_slot(kr_type_of(iter), &kr_type::iternext);
    if (!fn)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't an iterator",
                            kr_type_name(iter));
    return fn(iter);
}

extern "C" int kr_unpack(kr_value seq, size_t n, kr_value *out) {
    const kr_type *t = kr_type_of(seq);
    if (t == &kr_type_tuple || t == &kr_type_list) {
        size_t len;
        kr_value *items =
            t == &kr_type_tuple ? kr_tuple_items(seq, &len) : kr_list_items(seq, &len);
        if (len < n) {
            kr_raise_msg(&kr_type_ValueError, "need more than %zu values to unpack", len);
            return 0;
        }
        if (len > n) {
            kr_raise_msg(&kr_type_ValueError, "too many values to unpack (expected %zu)", n);
            return 0;
        }
        for (size_t i = 0; i < n; ++i)
            out[i] = items[i];
        return 1;
    }
    kr_value it = kr_iter(seq);
    if (!it) return 0;
    for (size_t i = 0; i < n; ++i) {
        kr_value v = kr_iter_next(it);
        if (!v) return 0;
        if (v == KR_STOP) {
            kr_raise_msg(&kr_type_ValueError, "need more than %zu values to unpack", i);
            return 0;
        }
        out[i] = v;
    }
    kr_value extra = kr_iter_next(it);
    if (!extra) return 0;
    if (extra != KR_STOP) {
        kr_raise_msg(&kr_type_ValueError, "too many values to unpack (expected %zu)", n);
        return 0;
    }
    return 1;
}
