//===- runtime/bytes_common.h - shared byte-sequence comparison -*- C++ -*-===//
//
// Part of the krait runtime. bytes and bytearray (and array.array of byte
// items) compare as unsigned byte strings, lexicographically, the shorter
// first when one is a prefix of the other.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_BYTES_COMMON_H
#define KRAIT_RUNTIME_BYTES_COMMON_H

#include "object.h"

/// Three-way comparison of two byte strings: negative, 0 or positive as
/// `a` sorts before, with or after `b`.
int kr_bytes_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len);

/// The result of comparison operator `op` (== != < <= > >=) for the
/// three-way outcome `c`; KR_NOTIMPL for any other operator.
kr_value kr_compare_outcome(enum kr_binary_op op, int c);

#endif // KRAIT_RUNTIME_BYTES_COMMON_H
