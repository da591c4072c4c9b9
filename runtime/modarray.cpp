//===- runtime/modarray.cpp - the array module ----------------------------===//
//
// array.array: the type is kr_type_array (bytearray.cpp), sharing
// bytearray's implementation.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "module.h"

namespace {
const kr_attr_entry array_module_attrs[] = {
    {"array", &kr_type_array.base},
    {nullptr, nullptr},
};
} // namespace

const kr_builtin_module_def kr_module_array = {"array", array_module_attrs, nullptr};
