//===- runtime/modmachine.cpp - the machine module ------------------------===//
//
// MicroPython's machine.mem8, mem16 and mem32: `memN[addr]` reads the
// 8/16/32-bit word at address `addr` (an unsigned int), `memN[addr] = v`
// writes the low bits of v there, each a single volatile access. Addresses
// must be aligned to the width (ValueError otherwise). Compiled code indexing
// these objects directly turns into inline volatile loads and stores
// (docs/FFI.md); these objects serve every other use (passing them around,
// indexing through a variable).
//
//===----------------------------------------------------------------------===//
#include "machine.h"

#include "exception.h"
#include "function.h"
#include "int.h"
#include "module.h"
#include "print.h"

namespace {

const kr_machine_mem *as_mem(kr_value v) {
    return (const kr_machine_mem *)kr_obj(v);
}

bool mem_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<%u-bit memory>", as_mem(self)->width * 8);
}

kr_value mem_getitem(kr_value self, kr_value index) {
    uintptr_t addr;
    unsigned width = as_mem(self)->width;
    if (!kr_machine_address(index, width, &addr)) return 0;
    return kr_int_from_i64((int64_t)kr_machine_load(addr, width));
}

kr_value mem_setitem(kr_value self, kr_value index, kr_value value) {
    if (!value)
        return kr_raise_msg(&kr_type_TypeError, "'mem' object doesn't support item deletion");
    uintptr_t addr;
    uint32_t word;
    unsigned width = as_mem(self)->width;
    if (!kr_machine_address(index, width, &addr) || !kr_machine_word(value, &word)) return 0;
    kr_machine_store(addr, width, word);
    return kr_val(&kr_None);
}

} // namespace

extern "C" const kr_type kr_type_machine_mem = {
    {&kr_type_type}, "mem",   0,       &kr_type_object, mem_print,   nullptr,
    nullptr,         nullptr, nullptr, mem_getitem,     mem_setitem, nullptr,
    nullptr,         nullptr, nullptr, nullptr,         0,           0,
};

namespace {} // namespace

extern "C" const kr_machine_mem kr_machine_mem8 = {{&kr_type_machine_mem}, 1};
extern "C" const kr_machine_mem kr_machine_mem16 = {{&kr_type_machine_mem}, 2};
extern "C" const kr_machine_mem kr_machine_mem32 = {{&kr_type_machine_mem}, 4};

namespace {

const kr_attr_entry machine_attrs[] = {{"mem8", &kr_machine_mem8.base},
                                       {"mem16", &kr_machine_mem16.base},
                                       {"mem32", &kr_machine_mem32.base},
                                       {nullptr, nullptr}};

} // namespace

//===--- Helpers shared with compiled code ---------------------------------===//

bool kr_machine_address(kr_value index, unsigned width, uintptr_t *out) {
    int64_t v;
    if (!kr_int_to_i64(index, &v)) {
        if (kr_is_intlike(index))
            kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
        else
            kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(index));
        return false;
    }
    uintptr_t addr = (uintptr_t)v; // truncated, as MicroPython does
    if (addr & (width - 1)) {
        // MicroPython's "%08x": eight hex digits of the low 32 bits.
        char hex[9];
        for (int i = 0; i < 8; ++i)
            hex[i] = "0123456789abcdef"[(addr >> (28 - 4 * i)) & 15];
        hex[8] = 0;
        kr_raise_msg(&kr_type_ValueError, "address %s is not aligned to %u bytes", hex, width);
        return false;
    }
    *out = addr;
    return true;
}

bool kr_machine_word(kr_value value, uint32_t *out) {
    int64_t v;
    if (!kr_int_to_i64(value, &v)) {
        if (kr_is_intlike(value))
            kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
        else
            kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(value));
        return false;
    }
    *out = (uint32_t)v;
    return true;
}

uint32_t kr_machine_load(uintptr_t addr, unsigned width) {
    switch (width) {
    case 1:
        return *(volatile uint8_t *)addr;
    case 2:
        return *(volatile uint16_t *)addr;
    default:
        return *(volatile uint32_t *)addr;
    }
}

void kr_machine_store(uintptr_t addr, unsigned width, uint32_t value) {
    switch (width) {
    case 1:
        *(volatile uint8_t *)addr = (uint8_t)value;
        break;
    case 2:
        *(volatile uint16_t *)addr = (uint16_t)value;
        break;
    default:
        *(volatile uint32_t *)addr = value;
        break;
    }
}

const kr_builtin_module_def kr_module_machine = {"machine", machine_attrs, nullptr};
