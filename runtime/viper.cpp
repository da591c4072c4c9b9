//===- runtime/viper.cpp - viper's ptr8, ptr16 and ptr32 ------------------===//
//
// MicroPython's viper code emitter casts an address or a buffer to a typed
// pointer: `p = ptr32(addr)`, then `p[i]` reads the 32-bit word at
// addr + 4*i and `p[i] = v` writes it, each one memory access. krait
// compiles every function ahead of time, so @micropython.viper is the
// identity and these casts are ordinary built-ins returning a pointer
// object; compiled code indexing `ptrN(x)` directly inlines the access
// (codegen/EmitFFI.cpp), anything else goes through these objects. Reads
// are unsigned, stores keep the low bits of an int, as machine.memN.
//
//===----------------------------------------------------------------------===//
#include "viper.h"

#include "buffer.h"
#include "exception.h"
#include "function.h"
#include "int.h"
#include "machine.h"
#include "print.h"

namespace {

const kr_viper_ptr *as_ptr(kr_value v) {
    return (const kr_viper_ptr *)kr_obj(v);
}

unsigned ptr_width(kr_value self) {
    const kr_type *t = kr_obj(self)->type;
    return t == &kr_type_viper_ptr8 ? 1 : t == &kr_type_viper_ptr16 ? 2 : 4;
}

bool ptr_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<ptr%u %p>", ptr_width(self) * 8, (void *)as_ptr(self)->addr);
}

/// The address of item `index`; false with TypeError pending.
bool item_address(kr_value self, kr_value index, uintptr_t *out) {
    int64_t i;
    if (!kr_int_to_i64(index, &i)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(index));
        return false;
    }
    *out = as_ptr(self)->addr + (uintptr_t)i * ptr_width(self);
    return true;
}

kr_value ptr_getitem(kr_value self, kr_value index) {
    uintptr_t addr;
    if (!item_address(self, index, &addr)) return 0;
    return kr_int_from_i64((int64_t)kr_machine_load(addr, ptr_width(self)));
}

kr_value ptr_setitem(kr_value self, kr_value index, kr_value value) {
    if (!value)
        return kr_raise_msg(&kr_type_TypeError, "'ptr' object doesn't support item deletion");
    uintptr_t addr;
    uint32_t word;
    if (!item_address(self, index, &addr) || !kr_machine_word(value, &word)) return 0;
    kr_machine_store(addr, ptr_width(self), word);
    return kr_val(&kr_None);
}

#define KR_VIPER_PTR_TYPE(bits)                                                                    \
    extern "C" const kr_type kr_type_viper_ptr##bits = {                                           \
        {&kr_type_type}, "ptr" #bits, 0,       &kr_type_object, ptr_print,   nullptr,              \
        nullptr,         nullptr,     nullptr, ptr_getitem,     ptr_setitem, nullptr,              \
        nullptr,         nullptr,     nullptr, nullptr,         0,           0,                    \
    };

} // namespace

KR_VIPER_PTR_TYPE(8)
KR_VIPER_PTR_TYPE(16)
KR_VIPER_PTR_TYPE(32)

namespace {

/// ptrN(x): x an int address, or an object with a buffer (its data).
kr_value make_ptr(const kr_type *type, kr_value x) {
    uintptr_t addr;
    int64_t v;
    kr_buffer buf;
    if (kr_int_to_i64(x, &v)) {
        addr = (uintptr_t)v;
    } else if (kr_get_buffer(x, &buf)) {
        addr = (uintptr_t)buf.data;
    } else {
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(x));
    }
    kr_viper_ptr *p = kr_new_object<kr_viper_ptr>(type);
    if (!p) return 0;
    p->addr = addr;
    return kr_val(p);
}

kr_value bi_ptr8(size_t, const kr_value *args, kr_value) {
    return make_ptr(&kr_type_viper_ptr8, args[0]);
}
kr_value bi_ptr16(size_t, const kr_value *args, kr_value) {
    return make_ptr(&kr_type_viper_ptr16, args[0]);
}
kr_value bi_ptr32(size_t, const kr_value *args, kr_value) {
    return make_ptr(&kr_type_viper_ptr32, args[0]);
}

} // namespace

KR_BUILTIN(kr_viper_ptr8_obj, "ptr8", bi_ptr8, 1, 1);
KR_BUILTIN(kr_viper_ptr16_obj, "ptr16", bi_ptr16, 1, 1);
KR_BUILTIN(kr_viper_ptr32_obj, "ptr32", bi_ptr32, 1, 1);
