//===- tests/unit/runtime/linked_modules.cpp - every built-in module ------===//
//
// The runtime refers to its built-in modules weakly; the driver links in the
// ones a program imports. These tests may import any of them, so refer to
// them all, as the driver's module table does.
//
//===----------------------------------------------------------------------===//
#include "module.h"

extern const kr_builtin_module_def *const kr_test_linked_modules[];
const kr_builtin_module_def *const kr_test_linked_modules[] = {
#define KR_BUILTIN_MODULE(name) &kr_module_##name,
#include "modules.def"
};
