//===- runtime_test_main.cpp - heap set-up and shared helpers -------------===//
#include "runtime_test.h"

#include "print.h"

#include <gtest/gtest.h>

void *test_stack_base;

static void append_to_string(void *ctx, const char *bytes, size_t len) {
    ((std::string *)ctx)->append(bytes, len);
}

std::string take_error() {
    kr_value exc = kr_exc_fetch();
    if (!exc) return "";
    std::string out;
    kr_printer p = {append_to_string, &out};
    kr_exc_print_summary(&p, exc);
    return out;
}

static std::string print(kr_value v, kr_print_kind kind) {
    if (!v) return "<raised " + take_error() + ">";
    std::string out;
    kr_printer p = {append_to_string, &out};
    if (!kr_print_value(&p, v, kind)) return "<print raised " + take_error() + ">";
    return out;
}

std::string str(kr_value v) {
    return print(v, KR_PRINT_STR);
}
std::string repr(kr_value v) {
    return print(v, KR_PRINT_REPR);
}

kr_value call(kr_value callee, std::initializer_list<kr_value> args,
              std::initializer_list<std::pair<const char *, kr_value>> kw) {
    // Values live in arrays on the C stack, which the collector scans
    // (std::vector storage is malloc'd and invisible to it).
    constexpr size_t kMax = 32;
    kr_value all[kMax] = {}, names[kMax] = {};
    size_t nargs = 0, nkw = 0;
    for (kr_value v : args)
        all[nargs++] = v;
    for (auto &k : kw) {
        all[nargs + nkw] = k.second;
        names[nkw++] = S(k.first);
    }
    kr_value kwnames = nkw ? kr_build_tuple(nkw, names) : 0;
    return kr_call_kw(callee, nargs, all, kwnames);
}

kr_value builtin(const char *name, std::initializer_list<kr_value> args,
                 std::initializer_list<std::pair<const char *, kr_value>> kw) {
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
