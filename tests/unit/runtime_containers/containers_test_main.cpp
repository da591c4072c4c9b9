//===- containers_test_main.cpp - GC set-up and shared test helpers -------===//
#include "containers_test.h"

#include "exception.h"
#include "function.h"
#include "gc.h"
#include "init.h"

#include <gtest/gtest.h>

#include <stdlib.h>
#include <string.h>
#include <vector>

static void append_to_string(void *ctx, const char *bytes, size_t len) {
    ((std::string *)ctx)->append(bytes, len);
}

std::string take_error() {
    if (!kr_exc_pending()) return "";
    kr_value exc = kr_pending;
    kr_pending = 0;
    std::string out;
    kr_printer p = {append_to_string, &out};
    kr_exc_print_summary(&p, exc);
    return out;
}

static std::string print(kr_value v, kr_print_kind kind) {
    if (!v) return "<raised " + take_error() + ">";
    std::string out;
    kr_printer p = {append_to_string, &out};
    if (!kr_print_value(&p, v, kind)) return "<print raised " + take_error() + ">";
    return out;
}

std::string repr(kr_value v) {
    return print(v, KR_PRINT_REPR);
}
std::string str(kr_value v) {
    return print(v, KR_PRINT_STR);
}

kr_value S(const char *s) {
    return kr_str_from_cstr(s);
}
kr_value I(kr_int i) {
    return kr_small_int(i);
}

/// args followed by keyword values, and the kwnames tuple (or 0).
static kr_value pack(std::vector<kr_value> &all,
                     std::initializer_list<std::pair<const char *, kr_value>> kw) {
    if (kw.size() == 0) return 0;
    // The names go straight into the tuple: a std::vector's heap storage is
    // not a GC root, so strs held only there could be collected.
    kr_value names = kr_tuple_new(kw.size());
    size_t n, i = 0;
    kr_value *items = kr_tuple_items(names, &n);
    for (auto &k : kw) {
        all.push_back(k.second);
        items[i++] = S(k.first);
    }
    return names;
}

kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args,
                     std::initializer_list<std::pair<const char *, kr_value>> kw) {
    const kr_type *t = kr_is_obj(self) && kr_obj(self)->type == &kr_type_type
                           ? (const kr_type *)kr_obj(self)
                           : kr_type_of(self);
    // Method tables along the native parent chain, as attribute lookup does
    // (bytes keeps the methods it shares with str in a parent's table).
    for (; t; t = t->parent)
        for (const kr_attr_entry *e = t->attrs; e && e->name; e++) {
            if (strcmp(e->name, name) != 0) continue;
            const kr_builtin_function *f = (const kr_builtin_function *)e->value;
            std::vector<kr_value> all{self};
            all.insert(all.end(), args.begin(), args.end());
            size_t nargs = all.size();
            kr_value kwnames = pack(all, kw);
            if (nargs < f->min_args || (f->max_args != KR_ARGS_ANY && nargs > f->max_args))
                return kr_raise_msg(&kr_type_TypeError, "test: wrong arg count for %s", name);
            return f->fn(nargs, all.data(), kwnames);
        }
    return kr_raise_msg(&kr_type_AttributeError, "test: no method %s", name);
}

kr_value make(const kr_type *type, std::initializer_list<kr_value> args,
              std::initializer_list<std::pair<const char *, kr_value>> kw) {
    std::vector<kr_value> all(args);
    size_t nargs = all.size();
    kr_value kwnames = pack(all, kw);
    return type->make_new(type, nargs, all.data(), kwnames);
}

std::string mrepr(kr_value self, const char *name, std::initializer_list<kr_value> args,
                  std::initializer_list<std::pair<const char *, kr_value>> kw) {
    return repr(call_method(self, name, args, kw));
}

kr_value ints_list(std::initializer_list<kr_int> items) {
    kr_value l = kr_list_new(0);
    for (kr_int i : items)
        kr_list_append(l, I(i));
    return l;
}

kr_value ints_tuple(std::initializer_list<kr_int> items) {
    std::vector<kr_value> v;
    for (kr_int i : items)
        v.push_back(I(i));
    return kr_build_tuple(v.size(), v.data());
}

int main(int argc, char **argv) {
    // The frame address, not a local's: under ASan locals may live on a
    // fake stack.
    void *stack_base = __builtin_frame_address(0);
    const size_t heap_bytes = 64u << 20;
    kr_gc_init_region(stack_base, malloc(heap_bytes), heap_bytes, false);
    kr_init_core();
    // Recursion checks fire 4 MiB below here (the main stack is 8 MiB).
    kr_stack_limit = (uintptr_t)__builtin_frame_address(0) - (4u << 20);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
