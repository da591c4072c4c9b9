//===- runtime_test_main.cpp - main() and the helpers of the core tests ---===//
#include "runtime_test.h"

#include "print.h"

#include <gtest/gtest.h>

void *test_stack_base;

kr_value builtin(const char *name, std::initializer_list<kr_value> args, kw_args kw) {
    kr_value fn = kr_builtin_load(S(name));
    if (!fn) return 0;
    return call(fn, args, kw);
}

std::string capture_stdout(void (*fn)(void *), void *ctx) {
    kr_stdout_flush();
    testing::internal::CaptureStdout();
    fn(ctx);
    kr_stdout_flush();
    return testing::internal::GetCapturedStdout();
}

int main(int argc, char **argv) {
    int base = 0;
    test_stack_base = &base;
    testing::InitGoogleTest(&argc, argv);
    kr_init(argc, argv, &base);
    return RUN_ALL_TESTS();
}
