//===- runtime/path_arg.cpp - C strings from str arguments ----------------===//
//
// Part of the krait runtime (see path_arg.h).
//
//===----------------------------------------------------------------------===//
#include "path_arg.h"

#include "exception.h"
#include "str.h"

#include <string.h>

const char *kr_path_arg(kr_value v) {
    if (!kr_isinstance(v, &kr_type_str)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                     kr_type_name(v));
        return nullptr;
    }
    size_t len;
    const char *s = kr_str_data(v, &len);
    if (strlen(s) != len) {
        kr_raise_msg(&kr_type_ValueError, "embedded null byte");
        return nullptr;
    }
    return s;
}
