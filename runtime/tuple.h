//===- runtime/tuple.h - tuple objects and sequence helpers -----*- C++ -*-===//
//
// tuple, plus the operations tuple and list share over an items array:
// printing, comparison, membership, count and index.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_TUPLE_H
#define KRAIT_RUNTIME_TUPLE_H

#include "object.h"

/// An immutable array of values, inline after the header.
struct kr_tuple {
    kr_object base;
    size_t len;
    kr_value items[];
};

inline bool kr_is_tuple(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_tuple;
}

/// False with RuntimeError "maximum recursion depth exceeded" pending when
/// the C stack is nearly exhausted: printing or comparing containers that
/// contain themselves (or are nested very deeply) recurses.
inline bool kr_container_stack_ok(void) {
    if ((uintptr_t)__builtin_frame_address(0) >= kr_stack_limit) return true;
    kr_raise_recursion();
    return false;
}

// The helpers below take a list or tuple value rather than its items: user
// code they run (__eq__, __repr__) may resize a list, moving its items.

/// Print the items between `open` and `close` as repr()s separated by ", "
/// (a one-item tuple gets its trailing comma from `close` being ",)").
bool kr_seq_print(const kr_printer *p, kr_value seq, const char *open, const char *close);
/// Lexicographic comparison (LT, LE, GT, GE, EQ, NE) of two sequences of the
/// same type, as a bool value; 0 when an item comparison raised.
kr_value kr_seq_compare(enum kr_binary_op op, kr_value a, kr_value b);
/// Index of the first item equal to v in seq[start, stop), or -1 when
/// absent, or -2 when a comparison raised.
kr_int kr_seq_find(kr_value seq, size_t start, size_t stop, kr_value v);
/// seq.count(v): an int value, 0 when a comparison raised.
kr_value kr_seq_count(kr_value seq, kr_value v);
/// seq.index(v[, start[, stop]]) with args[0] the sequence, args[1] v: the
/// index as a value; ValueError "object not in sequence" when absent.
kr_value kr_seq_index_method(kr_value seq, size_t nargs, const kr_value *args);
/// Fill `out` with items start, start + step, ... (count of them) of a
/// resolved slice.
void kr_seq_gather(const kr_value *items, kr_int start, kr_int step, size_t count, kr_value *out);

#endif // KRAIT_RUNTIME_TUPLE_H
