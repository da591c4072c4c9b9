//===- runtime/constpool.cpp - a module's constants from its table --------===//
//
// Compiled code keeps a module's constants (str, bytes and float literals,
// big ints, keyword-name tuples) in one array of value words, filled once
// when the module starts. codegen describes them as a table of
// kr_const_desc entries and this loop makes them: one call per module
// instead of a call and a failure check per constant (smaller objects, and
// less code for the compiler to generate).
//
//===----------------------------------------------------------------------===//
#include "object.h"
#include "runtime.h"

#include <string.h>

namespace {

/// The value `desc` describes; `constants` holds the ones made before it.
kr_value make_constant(const kr_const_desc &desc, const kr_value *constants) {
    switch (desc.kind) {
    case KR_CONST_STR:
        return kr_str_new(static_cast<const char *>(desc.data), desc.size);
    case KR_CONST_BYTES:
        return kr_bytes_new(static_cast<const uint8_t *>(desc.data), desc.size);
    case KR_CONST_FLOAT: {
        double d;
        memcpy(&d, desc.data, sizeof d);
        return kr_float_new(d);
    }
    case KR_CONST_INT:
        return kr_int_from_digits(static_cast<const char *>(desc.data), desc.size);
    case KR_CONST_NEG_INT: {
        // The digits parse unsigned; negate once at start-up.
        kr_value v = kr_int_from_digits(static_cast<const char *>(desc.data), desc.size);
        return v ? kr_unary_op(KR_UNARY_NEG, v) : 0;
    }
    case KR_CONST_NAMES: {
        kr_value t = kr_tuple_new(desc.size);
        if (!t) return 0;
        size_t n = 0;
        kr_value *items = kr_tuple_items(t, &n);
        const uint32_t *indices = static_cast<const uint32_t *>(desc.data);
        for (size_t i = 0; i < n; ++i)
            items[i] = constants[indices[i]];
        return t;
    }
    }
    return 0; // not reached: codegen emits only the kinds above
}

} // namespace

extern "C" kr_value kr_constants_init(kr_value *constants, size_t count, const kr_const_desc *descs,
                                      const char *name, const char *file) {
    // The (zeroed) array is a root before anything is stored in it: every
    // constant stays reachable whatever the next allocation collects.
    kr_gc_add_roots(constants, count);
    kr_value module = kr_module_new(name, file);
    if (!module) return 0;
    constants[0] = module;
    kr_value dict = kr_module_dict(module);
    if (!dict) return 0;
    constants[1] = dict;
    for (size_t i = 2; i < count; ++i) {
        kr_value v = make_constant(descs[i - 2], constants);
        if (!v) return 0;
        constants[i] = v;
    }
    return module;
}
