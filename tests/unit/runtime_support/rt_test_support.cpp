//===- rt_test_support.cpp - helpers shared by the runtime unit tests -----===//
#include "rt_test_support.h"

#include "exception.h"
#include "function.h"
#include "gc.h"
#include "init.h"
#include "list.h"
#include "runtime.h"

#include <gtest/gtest.h>

#include <stdlib.h>
#include <string.h>

static void append_to_string(void *ctx, const char *bytes, size_t len) {
    ((std::string *)ctx)->append(bytes, len);
}

kr_printer string_printer(std::string *out) {
    return {append_to_string, out};
}

std::string take_error() {
    kr_value exc = kr_exc_fetch();
    if (!exc) return "";
    std::string out;
    kr_printer p = string_printer(&out);
    kr_exc_print_summary(&p, exc);
    return out;
}

static std::string print(kr_value v, kr_print_kind kind) {
    if (!v) return "<raised " + take_error() + ">";
    std::string out;
    kr_printer p = string_printer(&out);
    if (!kr_print_value(&p, v, kind)) return "<print raised " + take_error() + ">";
    return out;
}

std::string str(kr_value v) {
    return print(v, KR_PRINT_STR);
}
std::string repr(kr_value v) {
    return print(v, KR_PRINT_REPR);
}

kr_value ints_list(std::initializer_list<kr_int> items) {
    kr_value l = kr_list_new(0);
    for (kr_int i : items)
        kr_list_append(l, I(i));
    return l;
}

kr_value ints_tuple(std::initializer_list<kr_int> items) {
    kr_value t = kr_tuple_new(items.size());
    size_t n, i = 0;
    kr_value *slots = kr_tuple_items(t, &n);
    for (kr_int v : items)
        slots[i++] = I(v);
    return t;
}

std::string drain(kr_value o) {
    kr_value it = kr_type_of(o)->getiter(o);
    kr_value l = kr_list_new(0);
    for (kr_value v; (v = kr_obj(it)->type->iternext(it)) != KR_STOP;) {
        if (!v) return "<raised " + take_error() + ">";
        kr_list_append(l, v);
    }
    return repr(l);
}

namespace {

/// The arguments of one call: positional values, then keyword values, and the
/// kwnames tuple. It lives in the caller's frame: the collector scans the C
/// stack (a std::vector's storage is malloc'd and invisible to it).
struct ArgPack {
    static constexpr size_t kMax = 32;
    kr_value all[kMax] = {};
    size_t nargs = 0;
    kr_value kwnames = 0;

    ArgPack(kr_value self, std::initializer_list<kr_value> args, kw_args kw) {
        if (1 + args.size() + kw.size() > kMax) abort(); // a test asking too much
        if (self) all[nargs++] = self;
        for (kr_value v : args)
            all[nargs++] = v;
        if (kw.size() == 0) return;
        kr_value names[kMax] = {};
        size_t nkw = 0;
        for (auto &k : kw) {
            all[nargs + nkw] = k.second;
            names[nkw++] = S(k.first);
        }
        kwnames = kr_build_tuple(nkw, names);
    }
};

} // namespace

kr_value call(kr_value callee, std::initializer_list<kr_value> args, kw_args kw) {
    ArgPack pack(0, args, kw);
    return kr_call_kw(callee, pack.nargs, pack.all, pack.kwnames);
}

kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args,
                     kw_args kw) {
    const kr_type *t = kr_is_obj(self) && kr_obj(self)->type == &kr_type_type
                           ? (const kr_type *)kr_obj(self)
                           : kr_type_of(self);
    for (; t; t = t->parent)
        for (const kr_attr_entry *e = t->attrs; e && e->name; e++) {
            if (strcmp(e->name, name) != 0) continue;
            ArgPack pack(self, args, kw);
            return kr_call_kw(kr_val(e->value), pack.nargs, pack.all, pack.kwnames);
        }
    return kr_raise_msg(&kr_type_AttributeError, "test: no method %s", name);
}

kr_value make(const kr_type *type, std::initializer_list<kr_value> args, kw_args kw) {
    ArgPack pack(0, args, kw);
    return type->make_new(type, pack.nargs, pack.all, pack.kwnames);
}

int run_tests_on_heap_region(int argc, char **argv, void *stack_base) {
    const size_t heap_bytes = 64u << 20;
    kr_gc_init_region(stack_base, malloc(heap_bytes), heap_bytes, false);
    kr_init_core();
    // Recursion checks fire 4 MiB below main (the main stack is 8 MiB).
    kr_stack_limit = (uintptr_t)stack_base - (4u << 20);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
