//===- Module.h - IR modules -----------------------------------*- C++ -*-===//
///
/// \file
/// A `Module` is one Python source file: its functions, the first of which is
/// the module body.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_MODULE_H
#define KRAIT_IR_MODULE_H

#include "ir/ExternDecl.h"
#include "ir/Function.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace krait::ir {

/// A compiled Python module.
class Module {
  public:
    /// A module named `name` ("__main__" for the main file) compiled from the
    /// file at `path` (as the user gave it; used for tracebacks).
    Module(std::string name, std::string path) : name(std::move(name)), path(std::move(path)) {}

    std::string name; ///< Module name.
    std::string path; ///< Source file path.
    /// The module's top-level @extern declarations (filled by the driver;
    /// codegen calls their C functions directly at call sites).
    std::vector<ExternDecl> externs;

    /// The functions; the first is the module body.
    const std::vector<std::unique_ptr<Function>> &functions() const { return functions_; }
    /// The module body (null before it is created).
    Function *body() const { return functions_.empty() ? nullptr : functions_.front().get(); }
    /// Creates a function named `name` whose symbol is `symbolHint` (or `name`
    /// when empty), made unique with a ".N" suffix. The first function
    /// created should be the module body (see `createModuleBody`).
    Function *createFunction(const std::string &name, const std::string &symbolHint = "");
    /// Creates the module body function "<module>" (flag isModuleBody).
    Function *createModuleBody();
    /// The function whose symbol is `symbol`, or null.
    Function *lookup(const std::string &symbol) const;
    /// Index of `fn` in `functions()` (its `Type::func` id), or -1.
    long indexOf(const Function *fn) const;

  private:
    std::vector<std::unique_ptr<Function>> functions_;
    std::unordered_map<std::string, Function *> bySymbol_;
    std::unordered_map<const Function *, long> index_;
};

} // namespace krait::ir

#endif // KRAIT_IR_MODULE_H
