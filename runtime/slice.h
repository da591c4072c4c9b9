//===- runtime/slice.h - slice objects and sequence indexing ----*- C++ -*-===//
//
// The slice type and the index arithmetic every sequence (str, bytes, tuple,
// list, range) shares: converting an index value to a position with Python's
// negative-index rule, and resolving a slice against a length.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_SLICE_H
#define KRAIT_RUNTIME_SLICE_H

#include "object.h"

/// slice(start, stop, step); each part is a value or kr_None.
struct kr_slice {
    kr_object base;
    kr_value start, stop, step;
};

/// A slice resolved against a sequence length: the items are start,
/// start + step, ... (count of them), every one a valid position.
struct kr_slice_range {
    kr_int start;
    kr_int step;
    size_t count;
};

/// True when v is a slice object.
inline bool kr_is_slice(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_slice;
}

/// Resolve `slice` against a sequence of `len` items with Python semantics
/// (negative indices count from the end, out-of-range bounds clamp, negative
/// steps walk backwards). False with TypeError/ValueError pending.
bool kr_slice_resolve(kr_value slice, size_t len, kr_slice_range *out);
/// The arithmetic of resolving a slice: its bounds as 64-bit ints (absent
/// when has_* is false) and a nonzero step, against a sequence of `len`
/// items. Bounds must lie within +-INT64_MAX / 2 (slice_bound clamps big ints).
inline void kr_slice_resolve_ints(int64_t start, bool has_start, int64_t stop, bool has_stop,
                                  int64_t step, size_t length, kr_slice_range *out) {
    int64_t len = (int64_t)length;
    // Clamp a bound to the positions a walk with `step` may use.
    auto clamp = [&](int64_t i) {
        if (i < 0) {
            i += len;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    };
    start = has_start ? clamp(start) : step < 0 ? len - 1 : 0;
    stop = has_stop ? clamp(stop) : step < 0 ? -1 : len;
    // Unit steps (nearly every slice) need no division.
    size_t count = 0;
    if (step == 1)
        count = start < stop ? (size_t)(stop - start) : 0;
    else if (step == -1)
        count = stop < start ? (size_t)(start - stop) : 0;
    else if (step < 0 && stop < start)
        count = (size_t)((start - stop - 1) / -step + 1);
    else if (step > 0 && start < stop)
        count = (size_t)((stop - start - 1) / step + 1);
    out->start = (kr_int)start;
    // Keep the step a machine int (only 32-bit targets can exceed it).
    if (step > (int64_t)INTPTR_MAX)
        step = INTPTR_MAX;
    else if (step < -(int64_t)INTPTR_MAX)
        step = -INTPTR_MAX;
    out->step = (kr_int)step;
    out->count = count;
}

/// kr_slice_resolve_parts inline, when every part is None or a small int and
/// the step is not 0; false, with nothing raised, otherwise.
inline bool kr_slice_resolve_small(kr_value start, kr_value stop, kr_value step, size_t len,
                                   kr_slice_range *out) {
    kr_value none = kr_val(&kr_None);
    bool has_start = start != none, has_stop = stop != none;
    if ((has_start && !kr_is_small_int(start)) || (has_stop && !kr_is_small_int(stop)))
        return false;
    int64_t s = 1;
    if (step != none) {
        if (!kr_is_small_int(step) || step == kr_small_int(0)) return false;
        s = kr_small_int_value(step);
    }
    kr_slice_resolve_ints(has_start ? kr_small_int_value(start) : 0, has_start,
                          has_stop ? kr_small_int_value(stop) : 0, has_stop, s, len, out);
    return true;
}

/// kr_slice_resolve for a slice's parts (each a value or kr_None), for
/// subscripts that never build the slice object (kr_getitem_slice...).
bool kr_slice_resolve_parts(kr_value start, kr_value stop, kr_value step, size_t len,
                            kr_slice_range *out);

/// v itself, or the native int of an instance of a user subclass of int
/// (class M(int)), which indexes as that int.
kr_value kr_index_native(kr_value v);

/// The machine int of an int or bool index value. False with TypeError
/// "<seq> indices must be integers, not <type>" pending otherwise, or with
/// IndexError "cannot fit 'int' into an index-sized integer" for a big int.
bool kr_index_value(const char *seq_name, kr_value index, kr_int *out);

/// Convert an index value to a position in [0, len). On failure raises
/// TypeError as kr_index_value does, or IndexError "<seq> index out of
/// range" (seq_name is the type name MicroPython uses: "list", "tuple"...).
bool kr_seq_index(const char *seq_name, kr_value index, size_t len, size_t *out);

/// The repeat count of `seq * other`: 1 with *out set when other is an int
/// (negative counts become 0), 0 when other is not an int (the operator is
/// not implemented for it), -1 with OverflowError pending for a huge int.
int kr_seq_repeat_count(kr_value other, kr_int *out);

#endif // KRAIT_RUNTIME_SLICE_H
