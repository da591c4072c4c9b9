//===- runtime/init.cpp - runtime start-up and exit -----------------------===//
#include "init.h"

#include "exception.h"
#include "gc.h"
#include "module.h"
#include "platform/platform.h"
#include "print.h"

namespace {
int saved_argc = 0;
char **saved_argv = nullptr;
} // namespace

void kr_init_core(void) {
    kr_pending = 0;
    kr_gc_add_roots(&kr_pending, 1);
    kr_module_init();
}

extern "C" void kr_init(int argc, char **argv, void *stack_base) {
    saved_argc = argc;
    saved_argv = argv;
    kr_gc_init(stack_base);
    kr_init_core();
}

extern "C" void kr_exit(int status) {
    kr_stdout_flush();
    kr_platform_exit(status);
}

int kr_argc(void) {
    return saved_argc;
}
char **kr_argv(void) {
    return saved_argv;
}
