//===- numbers_test_main.cpp - GC set-up and shared test helpers ----------===//
#include "numbers_test.h"

#include "gc.h"

#include <gtest/gtest.h>

#include <stdlib.h>
#include <string.h>

static void append_to_string(void *ctx, const char *bytes, size_t len) {
    ((std::string *)ctx)->append(bytes, len);
}

std::string num_repr(kr_value v) {
    std::string out;
    kr_printer p = {append_to_string, &out};
    const kr_type *t = kr_is_small_int(v) ? &kr_type_int : kr_obj(v)->type;
    if (!t->print(&p, v, KR_PRINT_REPR)) return "<print raised " + take_error() + ">";
    return out;
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

kr_value int_of(const char *text) {
    return kr_int_parse(text, strlen(text), 10, 0);
}

kr_value parse_int(const char *text, unsigned base) {
    return kr_int_parse(text, strlen(text), base, kr_str_new(text, strlen(text)));
}

int binary_op_code(const std::string &op) {
    static const struct {
        const char *text;
        int code;
    } table[] = {{"+", KR_BINARY_ADD},     {"-", KR_BINARY_SUB},
                 {"*", KR_BINARY_MUL},     {"//", KR_BINARY_FLOOR_DIVIDE},
                 {"%", KR_BINARY_MODULO},  {"**", KR_BINARY_POWER},
                 {"<<", KR_BINARY_LSHIFT}, {">>", KR_BINARY_RSHIFT},
                 {"&", KR_BINARY_AND},     {"|", KR_BINARY_OR},
                 {"^", KR_BINARY_XOR},     {"/", KR_BINARY_TRUE_DIVIDE},
                 {"<", KR_BINARY_LT},      {">", KR_BINARY_GT},
                 {"==", KR_BINARY_EQ},     {"<=", KR_BINARY_LE},
                 {">=", KR_BINARY_GE},     {"!=", KR_BINARY_NE}};
    for (const auto &e : table)
        if (op == e.text) return e.code;
    return -1;
}

kr_value num_binop(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    if (kr_is_float(lhs)) return kr_float_binary_op(op, lhs, rhs);
    return kr_int_binary_op(op, lhs, rhs);
}

int main(int argc, char **argv) {
    int stack_base;
    const size_t heap_bytes = 64u << 20;
    kr_gc_init_region(&stack_base, malloc(heap_bytes), heap_bytes, false);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
