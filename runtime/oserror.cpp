//===- runtime/oserror.cpp - errno names and OSError ----------------------===//
//
// Part of the krait runtime. See oserror.h.
//
//===----------------------------------------------------------------------===//
#include "oserror.h"

#include "exception.h"
#include "print.h"

namespace {
struct errno_entry {
    int value;
    const char *name;
};

#define KR_ERRNO_ENTRY(name, value) {value, #name},
const errno_entry kErrnoNames[] = {KR_ERRNO_LIST(KR_ERRNO_ENTRY)};
#undef KR_ERRNO_ENTRY
} // namespace

const char *kr_errno_name(int err) {
    for (const errno_entry &e : kErrnoNames)
        if (e.value == err) return e.name;
    return nullptr;
}

kr_value kr_raise_oserror(int err) {
    return kr_raise_with_arg(&kr_type_OSError, kr_small_int(err));
}

bool kr_oserror_print(const kr_printer *p, kr_value exc, size_t nargs, const kr_value *args) {
    // Exactly OSError, as MicroPython (subclasses print their args).
    if (kr_type_of(exc) != &kr_type_OSError || nargs < 1 || nargs > 2 || !kr_is_small_int(args[0]))
        return false;
    kr_int err = kr_small_int_value(args[0]);
    const char *name = err > 0 && err < 1000 ? kr_errno_name((int)err) : nullptr;
    if (!name) return false;
    kr_printf(p, "[Errno %ld] %s", (long)err, name);
    if (nargs == 2) {
        kr_print_cstr(p, ": ");
        kr_print_value(p, args[1], KR_PRINT_STR);
    }
    return true;
}
