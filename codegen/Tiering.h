//===- codegen/Tiering.h - which functions are worth optimising -*- C++ -*-===//
//
// Most of a program's compile time goes into optimising and selecting code
// that runs a handful of times: set-up functions, reports, the driver that
// calls the real work once. Tiering sorts the functions of the program's main
// module into hot ones, compiled with the full pipeline, and cold ones, which
// become `optnone` (no optimisation passes, FastISel, fewer machine passes),
// like run-once module and class bodies (Optimizer.h).
//
// A function is hot when it has a loop or when some loop may reach it:
//
//  - it is recursive (a cycle of the name-based call graph), a generator, a
//    lambda, a comprehension or a nested function, or a dunder method the
//    runtime calls (`__init__`/`__new__` excepted: they are reached through
//    their class's name);
//  - its value escapes: the function (or its name, loaded as a value rather
//    than called) goes anywhere but the binding of its own name, so unknown
//    code may call it (a decorator, a callback, `f = g`, `key=f`, a base
//    class's name for its `__init__`);
//  - a call site inside a loop reaches it by name (`f(...)`, `obj.f(...)`,
//    `C(...)` for C's `__init__`), or any call site of a function a loop
//    reaches. (The calls of a function with a loop outside its loops run once
//    per call of it: `main()` with the program's loop does not make the
//    set-up functions it calls first hot.)
//
// Names are matched without regard to receivers (any `obj.get()` reaches
// every function named `get`), so the hot set is an over-approximation;
// anything the analysis does not follow (eval, getattr(), globals()...) makes
// every function hot. Tiering never changes what a program does, only how
// well its cold code is optimised.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_TIERING_H
#define KRAIT_CODEGEN_TIERING_H

#include "ir/IR.h"

#include "llvm/IR/Module.h"

#include <vector>

namespace krait::codegen {

/// The functions of `module` that no loop of the program reaches (see the
/// file comment), in module order. Module and class bodies are never in it
/// (run-once code has its own rule). Empty for a module other than
/// `__main__`: its functions may be called from modules not seen here.
std::vector<const ir::Function *> coldFunctions(const ir::Module &module);

/// Marks the LLVM functions emitted for coldFunctions(module) in `out` (the
/// code entry and, when there is one, the native entry) as cold code for
/// optimizeModule (Optimizer.h). Returns how many IR functions were cold.
unsigned markColdFunctions(const ir::Module &module, llvm::Module &out);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_TIERING_H
