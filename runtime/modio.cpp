//===- runtime/modio.cpp - the io module ----------------------------------===//
//
// MicroPython's io: open (the builtin), StringIO and BytesIO (fileio.cpp).
//
//===----------------------------------------------------------------------===//
#include "fileio.h"

#include "function.h"
#include "module.h"

namespace {
const kr_attr_entry io_attrs[] = {
    KR_ATTR("open", kr_open_obj),       {"StringIO", &kr_type_stringio.base},
    {"BytesIO", &kr_type_bytesio.base}, {"TextIOWrapper", &kr_type_textio.base},
    {"FileIO", &kr_type_fileio.base},   {nullptr, nullptr},
};
} // namespace

const kr_builtin_module_def kr_module_io = {"io", io_attrs, nullptr};
