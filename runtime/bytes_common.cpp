//===- runtime/bytes_common.cpp - shared byte-sequence comparison ---------===//
//
// Part of the krait runtime (see bytes_common.h).
//
//===----------------------------------------------------------------------===//
#include "bytes_common.h"

#include <string.h>

int kr_bytes_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len) {
    size_t n = a_len < b_len ? a_len : b_len;
    int c = n ? memcmp(a, b, n) : 0;
    if (c) return c;
    return a_len < b_len ? -1 : a_len > b_len;
}

kr_value kr_compare_outcome(enum kr_binary_op op, int c) {
    switch (op) {
    case KR_BINARY_EQ:
        return kr_bool(c == 0);
    case KR_BINARY_NE:
        return kr_bool(c != 0);
    case KR_BINARY_LT:
        return kr_bool(c < 0);
    case KR_BINARY_LE:
        return kr_bool(c <= 0);
    case KR_BINARY_GT:
        return kr_bool(c > 0);
    case KR_BINARY_GE:
        return kr_bool(c >= 0);
    default:
        return KR_NOTIMPL;
    }
}
