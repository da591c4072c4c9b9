//===- codegen/ExternABI.h - C prototypes of @extern functions --*- C++ -*-===//
//
// The pieces of an @extern function (ir/ExternDecl.h) that the thunk object
// (driver/ExternGen.cpp) and direct call sites (codegen/EmitExternCall.cpp)
// must agree on: the C function's LLVM prototype with the C ABI's
// extensions of small integers, and the symbol of the thunk's kr_code_info,
// which identifies the function object the `extern` decorator made.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_EXTERNABI_H
#define KRAIT_CODEGEN_EXTERNABI_H

#include "ir/ExternDecl.h"

#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Module.h"

#include <string>

namespace krait::codegen {

/// The LLVM type of a C value of type `type` in `module` (whose data layout
/// gives the pointer width): iN, float, double, i1, ptr or void.
llvm::Type *externValueType(llvm::Module &module, const ir::CType &type);

/// The declaration of the C function `decl.name` in `module`, with the
/// sign/zero extension attributes C's ABIs give integers narrower than 32
/// bits and bool (copy them to each call with `call->setAttributes`).
llvm::FunctionCallee declareExternFunction(llvm::Module &module, const ir::ExternDecl &decl);

/// The symbol of the kr_code_info of the thunk of `name` declared in the
/// module `module` (a hidden global of the thunk object).
std::string externInfoSymbol(const std::string &module, const std::string &name);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_EXTERNABI_H
