//===- numbers_test_util.cpp - helpers of the numeric runtime tests -------===//
#include "numbers_test.h"

#include <string.h>

std::string num_repr(kr_value v) {
    std::string out;
    kr_printer p = string_printer(&out);
    const kr_type *t = kr_is_small_int(v) ? &kr_type_int : kr_obj(v)->type;
    if (!t->print(&p, v, KR_PRINT_REPR)) return "<print raised " + take_error() + ">";
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
