//===- runtime/moderrno.cpp - the errno module ----------------------------===//
//
// MicroPython's errno: one constant per error (oserror.h's list) and
// errorcode, the dict from value to name.
//
//===----------------------------------------------------------------------===//
#include "oserror.h"

#include "module.h"

namespace {

bool errno_init(kr_value module) {
    kr_value dict = kr_module_dict(module);
    kr_value codes = kr_dict_new();
    if (!codes) return false;
#define KR_ERRNO_SET(name, value)                                                                  \
    {                                                                                              \
        kr_value key = kr_str_from_cstr(#name);                                                    \
        if (!key || !kr_dict_set(dict, key, kr_small_int(value)) ||                                \
            !kr_dict_set(codes, kr_small_int(value), key))                                         \
            return false;                                                                          \
    }
    KR_ERRNO_LIST(KR_ERRNO_SET)
#undef KR_ERRNO_SET
    kr_value name = kr_str_from_cstr("errorcode");
    return name && kr_dict_set(dict, name, codes);
}

const kr_attr_entry errno_attrs[] = {{nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_errno = {"errno", errno_attrs, errno_init};
