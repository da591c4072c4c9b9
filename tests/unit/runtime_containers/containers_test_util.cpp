//===- containers_test_util.cpp - helpers of the container tests ----------===//
#include "containers_test.h"

std::string mrepr(kr_value self, const char *name, std::initializer_list<kr_value> args,
                  kw_args kw) {
    return repr(call_method(self, name, args, kw));
}
