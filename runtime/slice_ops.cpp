//===- runtime/slice_ops.cpp - subscripts by a slice's parts --------------===//
//
// `obj[a:b:c]`, `obj[a:b:c] = v` and `del obj[a:b:c]` where codegen passes
// the slice's parts instead of a slice object (codegen/EmitSlice.cpp). A list
// resolves the parts directly; the other built-in sequences get a slice
// object on the stack, since their subscript slots only read its parts and
// never keep it; anything else (user classes, dicts, which may keep the key
// in a KeyError) gets a real slice object and the generic kr_getitem.
//
// `a[i:j] = b[k:l:m]` of two lists copies the source items straight into the
// target (kr_setitem_slice_from), without the intermediate list.
//
//===----------------------------------------------------------------------===//
#include "list.h"
#include "runtime.h"
#include "slice.h"

namespace {

/// A slice part as the slice object would hold it (absent parts are None).
kr_value part(kr_value v) {
    return v ? v : kr_val(&kr_None);
}

/// Whether t is a built-in sequence whose subscript slots only resolve a
/// slice index (never store it anywhere), so a stack slice is safe. (The
/// buffer types qualify too, but naming them would link bytearray.cpp and
/// memoryview.cpp into every program: they are built in on demand.)
bool slice_reading_type(const kr_type *t) {
    return t == &kr_type_tuple || t == &kr_type_str || t == &kr_type_bytes || t == &kr_type_range;
}

/// The exact type of obj when it is a heap object, else null.
const kr_type *object_type(kr_value obj) {
    return kr_is_obj(obj) ? kr_obj(obj)->type : nullptr;
}

/// The list `v` (exactly a list).
kr_list *as_list(kr_value v) {
    return (kr_list *)kr_obj(v);
}

/// Resolve slice parts against a length: inline for None and small ints,
/// else the full conversion (which may raise).
inline bool resolve(kr_value start, kr_value stop, kr_value step, size_t len, kr_slice_range *out) {
    return kr_slice_resolve_small(start, stop, step, len, out) ||
           kr_slice_resolve_parts(start, stop, step, len, out);
}

} // namespace

extern "C" kr_value kr_getitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step) {
    start = part(start), stop = part(stop), step = part(step);
    const kr_type *t = object_type(obj);
    if (t == &kr_type_list) {
        kr_slice_range r;
        if (!resolve(start, stop, step, as_list(obj)->len, &r)) return 0;
        return kr_list_slice(obj, r);
    }
    if (t && slice_reading_type(t) && t->getitem) {
        kr_slice s = {{&kr_type_slice}, start, stop, step};
        return t->getitem(obj, kr_val(&s));
    }
    kr_value slice = kr_build_slice(start, stop, step);
    return slice ? kr_getitem(obj, slice) : 0;
}

/// obj[start:stop:step] = value, or del when value is 0.
static kr_value store_slice(kr_value obj, kr_value start, kr_value stop, kr_value step,
                            kr_value value) {
    start = part(start), stop = part(stop), step = part(step);
    const kr_type *t = object_type(obj);
    if (t == &kr_type_list) {
        kr_slice_range r;
        if (!resolve(start, stop, step, as_list(obj)->len, &r)) return 0;
        return kr_list_store_slice(obj, r, value);
    }
    if (t && slice_reading_type(t) && t->setitem) {
        kr_slice s = {{&kr_type_slice}, start, stop, step};
        return t->setitem(obj, kr_val(&s), value);
    }
    kr_value slice = kr_build_slice(start, stop, step);
    if (!slice) return 0;
    return value ? kr_setitem(obj, slice, value) : kr_delitem(obj, slice);
}

extern "C" kr_value kr_setitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step,
                                     kr_value value) {
    return store_slice(obj, start, stop, step, value);
}

extern "C" kr_value kr_delitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step) {
    return store_slice(obj, start, stop, step, 0);
}

/// Source items a fused slice copy gathers on the stack; longer slices go
/// through a temporary list as the unfused code would.
static const size_t kStackItems = 32;

extern "C" kr_value kr_setitem_slice_from(kr_value dst, kr_value start, kr_value stop,
                                          kr_value step, kr_value src, kr_value src_start,
                                          kr_value src_stop, kr_value src_step) {
    if (object_type(dst) != &kr_type_list || object_type(src) != &kr_type_list) {
        kr_value items = kr_getitem_slice(src, src_start, src_stop, src_step);
        return items ? kr_setitem_slice(dst, start, stop, step, items) : 0;
    }
    // As the two subscripts would: the source slice resolves (and may raise)
    // first, then the target's.
    kr_slice_range sr, dr;
    if (!resolve(part(src_start), part(src_stop), part(src_step), as_list(src)->len, &sr) ||
        !resolve(part(start), part(stop), part(step), as_list(dst)->len, &dr))
        return 0;
    if (src == dst && sr.step == -1 && dr.step == 1 && dr.count == sr.count && dr.count > 1 &&
        sr.start == dr.start + (kr_int)dr.count - 1) {
        // A run reversed onto itself (a[i:j] = a[j - 1:i - 1:-1]): swaps.
        kr_value *lo = as_list(dst)->items + dr.start, *hi = lo + dr.count - 1;
        for (; lo < hi; lo++, hi--) {
            kr_value t = *lo;
            *lo = *hi;
            *hi = t;
        }
        return kr_val(&kr_None);
    }
    if (sr.count > kStackItems) {
        kr_value items = kr_list_slice(src, sr);
        return items ? kr_list_store_slice(dst, dr, items) : 0;
    }
    // A copy first: source and target may be the same list.
    kr_value buf[kStackItems];
    const kr_value *from = as_list(src)->items;
    for (size_t k = 0; k < sr.count; k++)
        buf[k] = from[sr.start + (kr_int)k * sr.step];
    if (dr.step == 1 && dr.count == sr.count) {
        // Same length: the list keeps its size, the items go in place.
        kr_value *to = as_list(dst)->items + dr.start;
        for (size_t k = 0; k < sr.count; k++)
            to[k] = buf[k];
        return kr_val(&kr_None);
    }
    return kr_list_store_items(dst, dr, buf, sr.count);
}
