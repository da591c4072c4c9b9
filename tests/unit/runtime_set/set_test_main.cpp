//===- set_test_main.cpp - GC set-up and shared test helpers --------------===//
#include "set_test.h"

#include "exception.h"
#include "function.h"
#include "gc.h"
#include "init.h"
#include "list.h"
#include "set.h"

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

std::string repr(kr_value v) {
    if (!v) return "<raised " + take_error() + ">";
    std::string out;
    kr_printer p = {append_to_string, &out};
    if (!kr_print_value(&p, v, KR_PRINT_REPR)) return "<print raised " + take_error() + ">";
    return out;
}

kr_value S(const char *s) {
    return kr_str_from_cstr(s);
}

kr_value I(kr_int i) {
    return kr_small_int(i);
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

kr_value int_set(std::initializer_list<kr_int> items) {
    return kr_set_from_iterable(&kr_type_set, ints_tuple(items));
}

kr_value int_frozenset(std::initializer_list<kr_int> items) {
    return kr_set_from_iterable(&kr_type_frozenset, ints_tuple(items));
}

kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args) {
    const kr_type *t = kr_type_of(self);
    for (const kr_attr_entry *e = t->attrs; e && e->name; e++) {
        if (strcmp(e->name, name) != 0) continue;
        // Through kr_call so the runtime checks the counts as for Python code.
        std::vector<kr_value> all{self};
        all.insert(all.end(), args.begin(), args.end());
        return kr_call(kr_val(e->value), all.size(), all.data());
    }
    return kr_raise_msg(&kr_type_AttributeError, "test: no method %s", name);
}

std::string sorted_repr(kr_value iterable) {
    kr_value l = kr_list_new(0);
    if (!l || !kr_list_extend(l, iterable) || !kr_list_sort(l, 0, false))
        return "<raised " + take_error() + ">";
    return repr(l);
}

kr_value make(const kr_type *type, std::initializer_list<kr_value> args) {
    std::vector<kr_value> all(args);
    return type->make_new(type, all.size(), all.data(), 0);
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
