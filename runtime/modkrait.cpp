//===- runtime/modkrait.cpp - the krait module ----------------------------===//
//
// `from krait import export, extern`: the decorators of krait's foreign
// function interface (docs/FFI.md). Their meaning is at compile time: the
// driver turns @export functions of a static library into C functions and
// @extern declarations into calls of C functions. At run time both return
// the function they decorate, so a module using them also runs unchanged
// as an ordinary program (where an @extern stub returns None).
//
//===----------------------------------------------------------------------===//
#include "function.h"
#include "module.h"

namespace {

kr_value krait_identity(size_t, const kr_value *args, kr_value) {
    return args[0];
}

KR_BUILTIN(krait_export_obj, "export", krait_identity, 1, 1);
KR_BUILTIN(krait_extern_obj, "extern", krait_identity, 1, 1);

const kr_attr_entry krait_attrs[] = {
    KR_ATTR("export", krait_export_obj), KR_ATTR("extern", krait_extern_obj), {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_krait = {"krait", krait_attrs, nullptr};
