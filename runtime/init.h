//===- runtime/init.h - runtime start-up ------------------------*- C++ -*-===//
//
// kr_init (runtime.h) sets up the heap from the platform and then calls
// kr_init_core. Tests and embedders that bring their own heap call
// kr_gc_init_region and then kr_init_core.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_INIT_H
#define KRAIT_RUNTIME_INIT_H

#include "object.h"

/// Register the runtime's own GC roots (the pending exception, the module
/// cache, the builtins namespace) and reset the state they hold. Call after
/// every kr_gc_init / kr_gc_init_region.
void kr_init_core(void);

/// The command line kr_init received (for sys.argv).
int kr_argc(void);
char **kr_argv(void);

#endif // KRAIT_RUNTIME_INIT_H
