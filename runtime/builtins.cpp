//===- runtime/builtins.cpp - the builtins namespace ----------------------===//
//
// The built-in functions of the core and the table of every builtin name
// (functions, types, exception classes, constants) kr_builtin_load serves.
// Types are defined by their own files; this file only names them.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"
#include "class.h"
#include "dict.h"
#include "dir.h"
#include "exception.h"
#include "fileio.h"
#include "floatobj.h"
#include "function.h"
#include "generator.h"
#include "int.h"
#include "iterators.h"
#include "list.h"
#include "module.h"
#include "print.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "viper.h"

namespace {

#define kNone kr_val(&kr_None)

/// A str argument's bytes, or `fallback` for None / absent.
bool str_or_default(kr_value v, const char *fallback, const char **data, size_t *len) {
    if (!v || v == kNone) {
        *data = fallback;
        *len = __builtin_strlen(fallback);
        return true;
    }
    if (!kr_isinstance(v, &kr_type_str)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                     kr_type_name(v));
        return false;
    }
    *data = kr_str_data(v, len);
    return true;
}

kr_value bi_print(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"sep", "end", "file"};
    kr_value kw[3] = {0, 0, 0};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 3, kw)) return 0;
    const char *sep, *end;
    size_t sep_len, end_len;
    if (!str_or_default(kw[0], " ", &sep, &sep_len) || !str_or_default(kw[1], "\n", &end, &end_len))
        return 0;
    // The console streams print directly; any other file gets one write()
    // call with the whole line.
    const kr_printer *p = &kr_stdout_printer;
    kr_strbuf buf;
    if (kw[2] && kw[2] != kNone) {
        p = kr_stream_printer(kw[2]);
        if (!p) {
            kr_strbuf_init(&buf);
            p = &buf.printer;
        }
    }
    for (size_t i = 0; i < nargs; ++i) {
        if (i) kr_print_bytes(p, sep, sep_len);
        if (!kr_print_value(p, args[i], KR_PRINT_STR)) return 0;
    }
    kr_print_bytes(p, end, end_len);
    if (p != &buf.printer) return kNone;
    kr_value line = kr_strbuf_to_str(&buf);
    kr_value write = line ? kr_getattr(kw[2], kr_str_from_cstr("write")) : 0;
    if (!write || !kr_call(write, 1, &line)) return 0;
    return kNone;
}

kr_value bi_len(size_t, const kr_value *args, kr_value) {
    // The exact built-in containers and str read their count directly
    // (their unary slots answer the same); anything else dispatches.
    kr_value v = args[0];
    if (kr_is_obj(v)) {
        const kr_type *t = kr_obj(v)->type;
        if (t == &kr_type_list) return kr_small_int((kr_int)((const kr_list *)kr_obj(v))->len);
        if (t == &kr_type_str) return kr_small_int((kr_int)((const kr_str *)kr_obj(v))->char_len);
        if (t == &kr_type_tuple) return kr_small_int((kr_int)((const kr_tuple *)kr_obj(v))->len);
        if (t == &kr_type_dict) return kr_small_int((kr_int)kr_dict_len(v));
        if (t == &kr_type_set || t == &kr_type_frozenset) return kr_small_int((kr_int)kr_set_len(v));
    }
    return kr_unary_op(KR_UNARY_LEN, v);
}

kr_value bi_repr(size_t, const kr_value *args, kr_value) {
    return kr_obj_repr(args[0]);
}

kr_value bi_abs(size_t, const kr_value *args, kr_value) {
    return kr_unary_op(KR_UNARY_ABS, args[0]);
}

/// True when v is a class (a type object).
bool is_type(kr_value v) {
    return kr_is_obj(v) && kr_isinstance(v, &kr_type_type);
}

/// Whether t is a subclass of classinfo (a class or a tuple of them): 1, 0, -1.
int subclass_of(const kr_type *t, kr_value classinfo, const char *fn) {
    if (is_type(classinfo)) return kr_type_is_subtype(t, (const kr_type *)kr_obj(classinfo));
    if (kr_is_obj(classinfo) && kr_type_of(classinfo) == &kr_type_tuple) {
        size_t n;
        kr_value *items = kr_tuple_items(classinfo, &n);
        for (size_t i = 0; i < n; ++i) {
            int r = subclass_of(t, items[i], fn);
            if (r != 0) return r;
        }
        return 0;
    }
    kr_raise_msg(&kr_type_TypeError, "%s() arg 2 must be a class or a tuple of classes", fn);
    return -1;
}

kr_value bi_isinstance(size_t, const kr_value *args, kr_value) {
    int r = subclass_of(kr_type_of(args[0]), args[1], "isinstance");
    return r < 0 ? 0 : kr_bool(r);
}

kr_value bi_issubclass(size_t, const kr_value *args, kr_value) {
    if (!is_type(args[0]))
        return kr_raise_msg(&kr_type_TypeError, "issubclass() arg 1 must be a class");
    int r = subclass_of((const kr_type *)kr_obj(args[0]), args[1], "issubclass");
    return r < 0 ? 0 : kr_bool(r);
}

kr_value bi_id(size_t, const kr_value *args, kr_value) {
    return kr_int_from_i64((int64_t)(intptr_t)args[0]);
}

kr_value bi_hash(size_t, const kr_value *args, kr_value) {
    return kr_unary_op(KR_UNARY_HASH, args[0]);
}

kr_value bi_callable(size_t, const kr_value *args, kr_value) {
    const kr_type *ut = kr_type_of(args[0]);
    if (ut->flags & KR_TYPE_FLAG_USER) {
        // Every user class has the call slot; only __call__ makes instances callable.
        kr_value m = kr_class_lookup_cstr(ut, "__call__");
        return m ? kr_bool(m != KR_NOTFOUND) : 0;
    }
    for (const kr_type *t = kr_type_of(args[0]); t; t = t->parent)
        if (t->call) return kr_bool(true);
    return kr_bool(false);
}

kr_value bi_iter(size_t nargs, const kr_value *args, kr_value) {
    if (nargs == 2) {
        kr_value ok = bi_callable(1, args, 0);
        if (ok != kr_bool(true))
            return ok ? kr_raise_msg(&kr_type_TypeError, "iter(v, w): v must be callable") : 0;
        return kr_callable_iter_new(args[0], args[1]);
    }
    return kr_iter(args[0]);
}

kr_value bi_next(size_t nargs, const kr_value *args, kr_value) {
    // A finished generator's StopIteration carries its return value.
    if (nargs == 1 && kr_type_of(args[0]) == &kr_type_generator) return kr_generator_next(args[0]);
    kr_value v = kr_iter_next(args[0]);
    if (v != KR_STOP) return v;
    if (nargs == 2) return args[1];
    return kr_raise_type(&kr_type_StopIteration);
}

/// Calls fn(item) for each item of `it` (or of args[0..nargs) when it is 0)
/// until fn returns false; false with an exception pending on error.
template <typename Fn> bool for_each(kr_value iterable, Fn fn) {
    kr_value it = kr_iter(iterable);
    if (!it) return false;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return false;
        if (item == KR_STOP) return true;
        int r = fn(item);
        if (r < 0) return false;
        if (r == 0) return true;
    }
}

/// a < b (better is KR_BINARY_LT) or a > b (KR_BINARY_GT): 1 or 0, -1 on
/// error. Two small ints or two floats compare directly (as their binary
/// slots do, NaN included: every comparison with it is false); anything
/// else goes through kr_binary_op.
int ordered(enum kr_binary_op better, kr_value a, kr_value b) {
    if (kr_is_small_int(a) && kr_is_small_int(b)) {
        kr_int x = kr_small_int_value(a), y = kr_small_int_value(b);
        return better == KR_BINARY_LT ? x < y : x > y;
    }
    if (kr_is_float(a) && kr_is_float(b)) {
        double x = ((const kr_float *)kr_obj(a))->value, y = ((const kr_float *)kr_obj(b))->value;
        return better == KR_BINARY_LT ? x < y : x > y;
    }
    kr_value r = kr_binary_op(better, a, b);
    if (!r) return -1;
    return r == kr_val(&kr_True);
}

/// min() and max(): over one iterable or over the positional args, with
/// optional key= and default=.
kr_value min_max(size_t nargs, const kr_value *args, kr_value kwnames, enum kr_binary_op better,
                 const char *name) {
    static const char *const names[] = {"key", "default"};
    kr_value kw[2] = {0, 0};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 2, kw)) return 0;
    kr_value key = kw[0] == kNone ? 0 : kw[0];
    kr_value best = 0, best_key = 0;
    auto consider = [&](kr_value item) -> int {
        kr_value k = key ? kr_call(key, 1, &item) : item;
        if (!k) return -1;
        if (best) {
            int r = ordered(better, k, best_key);
            if (r < 0) return -1;
            if (!r) return 1;
        }
        best = item;
        best_key = k;
        return 1;
    };
    if (nargs == 1) {
        if (!for_each(args[0], consider)) return 0;
    } else {
        if (kw[1])
            return kr_raise_msg(&kr_type_TypeError,
                                "%s() can't take default with multiple arguments", name);
        for (size_t i = 0; i < nargs; ++i)
            if (consider(args[i]) < 0) return 0;
    }
    if (best) return best;
    if (kw[1]) return kw[1];
    return kr_raise_msg(&kr_type_ValueError, "arg is an empty sequence");
}

kr_value bi_min(size_t nargs, const kr_value *args, kr_value kwnames) {
    return min_max(nargs, args, kwnames, KR_BINARY_LT, "min");
}

kr_value bi_max(size_t nargs, const kr_value *args, kr_value kwnames) {
    return min_max(nargs, args, kwnames, KR_BINARY_GT, "max");
}

kr_value bi_sum(size_t nargs, const kr_value *args, kr_value) {
    kr_value total = nargs == 2 ? args[1] : kr_small_int(0);
    bool ok = for_each(args[0], [&](kr_value item) -> int {
        total = kr_binary_op(KR_BINARY_ADD, total, item);
        return total ? 1 : -1;
    });
    return ok ? total : 0;
}

kr_value bi_divmod(size_t, const kr_value *args, kr_value) {
    return kr_binary_op(KR_BINARY_DIVMOD, args[0], args[1]);
}

kr_value bi_pow(size_t nargs, const kr_value *args, kr_value) {
    if (nargs == 3 && args[2] != kNone) return kr_int_pow3(args[0], args[1], args[2]);
    return kr_binary_op(KR_BINARY_POWER, args[0], args[1]);
}

kr_value bi_chr(size_t, const kr_value *args, kr_value) {
    // ASCII: the static one-character strs (no allocation).
    if (kr_is_small_int(args[0]) && (uint64_t)kr_small_int_value(args[0]) < 0x80)
        return kr_str_ascii_char((unsigned char)kr_small_int_value(args[0]));
    int64_t c;
    if (!kr_int_to_i64(args[0], &c)) {
        if (kr_isinstance(args[0], &kr_type_int))
            return kr_raise_msg(&kr_type_OverflowError,
                                "overflow converting long int to machine word");
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[0]));
    }
    if (c < 0 || c > 0x10ffff)
        return kr_raise_msg(&kr_type_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    size_t n;
    if (c < 0x80) {
        buf[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        buf[0] = (char)(0xc0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = (char)(0xe0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        buf[0] = (char)(0xf0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        buf[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    return kr_str_new(buf, n);
}

kr_value bi_ord(size_t, const kr_value *args, kr_value) {
    // A one-byte str is one ASCII character.
    if (kr_is_str(args[0]) && kr_str_obj(args[0])->len == 1)
        return kr_small_int((unsigned char)kr_str_obj(args[0])->data[0]);
    if (!kr_isinstance(args[0], &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "ord() expected a character, but '%s' found",
                            kr_type_name(args[0]));
    size_t len;
    const unsigned char *s = (const unsigned char *)kr_str_data(args[0], &len);
    size_t chars = 0;
    for (size_t i = 0; i < len; ++i)
        chars += (s[i] & 0xc0) != 0x80;
    if (chars != 1)
        return kr_raise_msg(&kr_type_TypeError,
                            "ord() expected a character, but string of length %zu found", chars);
    uint32_t c = s[0];
    if (c >= 0xf0)
        c = ((c & 0x07) << 18) | ((s[1] & 0x3fu) << 12) | ((s[2] & 0x3fu) << 6) | (s[3] & 0x3fu);
    else if (c >= 0xe0)
        c = ((c & 0x0f) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
    else if (c >= 0xc0)
        c = ((c & 0x1f) << 6) | (s[1] & 0x3fu);
    return kr_small_int((kr_int)c);
}

kr_value all_any(kr_value iterable, bool want) {
    bool found = false;
    bool ok = for_each(iterable, [&](kr_value item) -> int {
        int t = kr_truthy(item);
        if (t < 0) return -1;
        if ((t != 0) == want) {
            found = true;
            return 0;
        }
        return 1;
    });
    if (!ok) return 0;
    return kr_bool(want ? found : !found);
}

kr_value bi_all(size_t, const kr_value *args, kr_value) {
    return all_any(args[0], false);
}
kr_value bi_any(size_t, const kr_value *args, kr_value) {
    return all_any(args[0], true);
}

/// MicroPython requires attribute names to be str: TypeError otherwise.
bool check_attr_name(kr_value name) {
    if (kr_isinstance(name, &kr_type_str)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                 kr_type_name(name));
    return false;
}

kr_value bi_getattr(size_t nargs, const kr_value *args, kr_value) {
    if (!check_attr_name(args[1])) return 0;
    kr_value v = kr_getattr(args[0], args[1]);
    if (!v && nargs == 3 && kr_exc_pending_is(&kr_type_AttributeError)) {
        kr_exc_fetch();
        return args[2];
    }
    return v;
}

kr_value bi_setattr(size_t, const kr_value *args, kr_value) {
    if (!check_attr_name(args[1])) return 0;
    return kr_setattr(args[0], args[1], args[2]);
}

kr_value bi_delattr(size_t, const kr_value *args, kr_value) {
    if (!check_attr_name(args[1])) return 0;
    return kr_delattr(args[0], args[1]);
}

kr_value bi_hasattr(size_t, const kr_value *args, kr_value) {
    if (!check_attr_name(args[1])) return 0;
    kr_value v = kr_getattr(args[0], args[1]);
    if (v) return kr_bool(true);
    if (!kr_exc_pending_is(&kr_type_AttributeError)) return 0;
    kr_exc_fetch();
    return kr_bool(false);
}

kr_value bi_round(size_t nargs, const kr_value *args, kr_value) {
    kr_value ndigits = nargs == 2 ? args[1] : 0;
    kr_value x = args[0];
    const kr_type *t = kr_type_of(x);
    // A subclass of int or float rounds its native value.
    if ((t->flags & KR_TYPE_FLAG_USER) &&
        (kr_type_is_subtype(t, &kr_type_int) || kr_type_is_subtype(t, &kr_type_float))) {
        kr_value native = kr_instance_native(x);
        if (native) t = kr_type_of(x = native);
    }
    if (kr_type_has_layout(t, &kr_type_int)) return kr_int_round(x, ndigits);
    if (kr_type_has_layout(t, &kr_type_float)) return kr_float_round(x, ndigits);
    return kr_raise_msg(&kr_type_TypeError, "type %s doesn't define __round__", t->name);
}

/// hex(), oct(), bin(): ints only.
kr_value int_in_base(kr_value v, unsigned base) {
    v = kr_index_native(v);
    if (!kr_type_has_layout(kr_type_of(v), &kr_type_int))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
    return kr_int_format_base(v, base);
}

kr_value bi_hex(size_t, const kr_value *args, kr_value) {
    return int_in_base(args[0], 16);
}
kr_value bi_oct(size_t, const kr_value *args, kr_value) {
    return int_in_base(args[0], 8);
}
kr_value bi_bin(size_t, const kr_value *args, kr_value) {
    return int_in_base(args[0], 2);
}

kr_value bi_format(size_t nargs, const kr_value *args, kr_value) {
    return kr_format(args[0], nargs == 2 ? args[1] : kr_str_from_cstr(""));
}

/// sorted(iterable, key=None, reverse=False): a new sorted list.
kr_value bi_sorted(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"key", "reverse"};
    kr_value kw[2] = {0, 0};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 2, kw)) return 0;
    int reverse = kw[1] ? kr_truthy(kw[1]) : 0;
    if (reverse < 0) return 0;
    kr_value list = kr_call(kr_val(&kr_type_list), 1, args);
    if (!list) return 0;
    kr_value key = kw[0] == kNone ? 0 : kw[0];
    if (!kr_list_sort(list, key, reverse != 0)) return 0;
    return list;
}

KR_BUILTIN_KW(print_obj, "print", bi_print, 0, KR_ARGS_ANY);
KR_BUILTIN(len_obj, "len", bi_len, 1, 1);
KR_BUILTIN(repr_obj, "repr", bi_repr, 1, 1);
KR_BUILTIN(abs_obj, "abs", bi_abs, 1, 1);
KR_BUILTIN(isinstance_obj, "isinstance", bi_isinstance, 2, 2);
KR_BUILTIN(issubclass_obj, "issubclass", bi_issubclass, 2, 2);
KR_BUILTIN(id_obj, "id", bi_id, 1, 1);
KR_BUILTIN(hash_obj, "hash", bi_hash, 1, 1);
KR_BUILTIN(callable_obj, "callable", bi_callable, 1, 1);
KR_BUILTIN(iter_obj, "iter", bi_iter, 1, 2);
KR_BUILTIN(next_obj, "next", bi_next, 1, 2);
KR_BUILTIN_KW(min_obj, "min", bi_min, 1, KR_ARGS_ANY);
KR_BUILTIN_KW(max_obj, "max", bi_max, 1, KR_ARGS_ANY);
KR_BUILTIN(sum_obj, "sum", bi_sum, 1, 2);
KR_BUILTIN(divmod_obj, "divmod", bi_divmod, 2, 2);
KR_BUILTIN(pow_obj, "pow", bi_pow, 2, 3);
KR_BUILTIN(chr_obj, "chr", bi_chr, 1, 1);
KR_BUILTIN(ord_obj, "ord", bi_ord, 1, 1);
KR_BUILTIN(all_obj, "all", bi_all, 1, 1);
KR_BUILTIN(any_obj, "any", bi_any, 1, 1);
KR_BUILTIN(getattr_obj, "getattr", bi_getattr, 2, 3);
KR_BUILTIN(setattr_obj, "setattr", bi_setattr, 3, 3);
KR_BUILTIN(delattr_obj, "delattr", bi_delattr, 2, 2);
KR_BUILTIN(hasattr_obj, "hasattr", bi_hasattr, 2, 2);
KR_BUILTIN(round_obj, "round", bi_round, 1, 2);
KR_BUILTIN(hex_obj, "hex", bi_hex, 1, 1);
KR_BUILTIN(oct_obj, "oct", bi_oct, 1, 1);
KR_BUILTIN(bin_obj, "bin", bi_bin, 1, 1);
KR_BUILTIN(format_obj, "format", bi_format, 1, 2);
KR_BUILTIN_KW(sorted_obj, "sorted", bi_sorted, 1, 1);

} // namespace

// eval and exec live in libkrait_eval.a (eval/), linked only into programs
// that mention them: weak, so they are null (and skipped) elsewhere.
extern "C" {
extern const kr_builtin_function kr_builtin_eval __attribute__((weak));
extern const kr_builtin_function kr_builtin_exec __attribute__((weak));
}

#define KR_BUILTIN_TYPE_ENTRY(name)                                                                \
    { #name, &kr_type_##name.base }
#define KR_BUILTIN_EXC_ENTRY(name, parent) KR_BUILTIN_TYPE_ENTRY(name),

// Every entry here is always linked except eval and exec, which are weak:
// null when the program does not name them (the builtins dict skips null
// entries). The builtins of builtins.def are not here: the program's
// module table lists those it names, in kr_linked_builtins (module.h).
// clang-format off
const kr_attr_entry kr_builtins_table[] = {
    KR_ATTR("print", print_obj),
    KR_ATTR("len", len_obj),
    KR_ATTR("repr", repr_obj),
    KR_ATTR("abs", abs_obj),
    KR_ATTR("isinstance", isinstance_obj),
    KR_ATTR("issubclass", issubclass_obj),
    KR_ATTR("id", id_obj),
    KR_ATTR("hash", hash_obj),
    KR_ATTR("callable", callable_obj),
    KR_ATTR("iter", iter_obj),
    KR_ATTR("next", next_obj),
    KR_ATTR("min", min_obj),
    KR_ATTR("max", max_obj),
    KR_ATTR("sum", sum_obj),
    KR_ATTR("divmod", divmod_obj),
    KR_ATTR("pow", pow_obj),
    KR_ATTR("chr", chr_obj),
    KR_ATTR("ord", ord_obj),
    KR_ATTR("all", all_obj),
    KR_ATTR("any", any_obj),
    KR_ATTR("getattr", getattr_obj),
    KR_ATTR("setattr", setattr_obj),
    KR_ATTR("delattr", delattr_obj),
    KR_ATTR("hasattr", hasattr_obj),
    KR_ATTR("round", round_obj),
    KR_ATTR("hex", hex_obj),
    KR_ATTR("oct", oct_obj),
    KR_ATTR("bin", bin_obj),
    KR_ATTR("format", format_obj),
    KR_ATTR("sorted", sorted_obj),
    KR_ATTR("eval", kr_builtin_eval),
    KR_ATTR("exec", kr_builtin_exec),
    KR_BUILTIN_TYPE_ENTRY(type),
    KR_BUILTIN_TYPE_ENTRY(object),
    KR_BUILTIN_TYPE_ENTRY(property),
    KR_BUILTIN_TYPE_ENTRY(staticmethod),
    KR_BUILTIN_TYPE_ENTRY(classmethod),
    KR_BUILTIN_TYPE_ENTRY(super),
    KR_BUILTIN_TYPE_ENTRY(bool),
    KR_BUILTIN_TYPE_ENTRY(int),
    KR_BUILTIN_TYPE_ENTRY(float),
    KR_BUILTIN_TYPE_ENTRY(str),
    KR_BUILTIN_TYPE_ENTRY(bytes),
    KR_BUILTIN_TYPE_ENTRY(list),
    KR_BUILTIN_TYPE_ENTRY(tuple),
    KR_BUILTIN_TYPE_ENTRY(dict),
    KR_BUILTIN_TYPE_ENTRY(set),
    KR_BUILTIN_TYPE_ENTRY(frozenset),
    KR_BUILTIN_TYPE_ENTRY(range),
    KR_BUILTIN_TYPE_ENTRY(slice),
    KR_BUILTIN_TYPE_ENTRY(enumerate),
    KR_BUILTIN_TYPE_ENTRY(zip),
    KR_BUILTIN_TYPE_ENTRY(map),
    KR_BUILTIN_TYPE_ENTRY(filter),
    KR_BUILTIN_TYPE_ENTRY(reversed),
    KR_BUILTIN_TYPE_ENTRY(BaseException),
    KR_EXCEPTION_TYPES(KR_BUILTIN_EXC_ENTRY)
    {"NotImplemented", &kr_NotImplemented_obj},
    {"Ellipsis", &kr_Ellipsis_obj},
    {nullptr, nullptr}};
// clang-format on
